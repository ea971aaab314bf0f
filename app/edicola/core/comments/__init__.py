"""Comments without Qt: the outbox's states, comment markup as Isso shows it, Isso's replies."""
