"""Shared grid pieces: the one table model, frozen panes, grouped headers, delegates,
the clipboard, and the small views every section builds its tabs from."""
