"""The edition bundle: its format, safe reading, building from a source folder, editorial checks."""
