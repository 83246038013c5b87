"""The Deals tab: the deals and each deal's touches."""
