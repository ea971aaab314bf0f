"""Following feeds in the reader: "Follow news sites…", builds off the GUI thread, the Feeds
view (reading, editing a paper)."""
