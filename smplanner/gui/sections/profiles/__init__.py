"""The Profiles tab: accounts audited against the profile checklist, with score bars."""
