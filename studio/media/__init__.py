"""Media sources: demo scene and tone, camera, video file, microphone; clock and frame types."""
