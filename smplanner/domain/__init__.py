"""The Qt-free core: the plan, its schemas, edits as data and the pure figures."""
