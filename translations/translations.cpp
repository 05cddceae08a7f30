// The library only carries the embedded .qm files; it has no code of its own.
