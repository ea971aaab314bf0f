"""The window around the views: main window, actions and menus, settings, start-up."""
