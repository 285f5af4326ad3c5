"""The rehearsal coach: the session's event sidecar, a practice audience and the report.

- `sidecar`: the typed events and the JSON-lines file next to every recording.
- `journal`: the part that listens to the session's models and writes the sidecar.
- `audience`: simulated multilingual viewers, a comment source for practice.
- `analysis`, `plots`, `report`: `seller-studio report FILE`.
"""
