"""What several features show or use the same way: dates, view headings, messages from
below the UI, the library's reading port, the search results as others see them. A
feature imports another feature only through here (the shell and ``ui/app.py``
excepted), so no feature depends on another's internals."""
