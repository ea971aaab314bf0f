"""Read aloud: the article on screen spoken sentence by sentence, followed on the page."""
