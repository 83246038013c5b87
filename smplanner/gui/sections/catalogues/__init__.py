"""The Catalogues tab: stages, goals, tactics, networks and KPIs."""
