"""The Maturity tab: the rating grid and its evidence, raters and readiness pages."""
