"""The resolver's rules, one module per family of expressions (see :mod:`.base`)."""
