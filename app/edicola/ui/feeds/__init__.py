"""Following feeds in the reader: "Add feeds…", builds off the GUI thread, the Feeds view."""
