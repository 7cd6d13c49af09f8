"""The production topology on loopback: `make stack` runs it, the `stack` tests start it as a
fixture (see `supervisor.Stack`)."""
