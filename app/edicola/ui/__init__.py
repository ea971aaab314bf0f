"""Qt widgets. They call stores and services and never write SQL themselves."""
