"""Recording output: raw program frames and audio into the crash-safe recorder (its own
encode at recording quality, on its own thread)."""

from __future__ import annotations

from pathlib import Path

from studio.encode.recorder import Recorder, RecordingResult
from studio.encode.settings import VideoEncoderSettings
from studio.outputs.base import Output, OutputStatus
from studio.outputs.feeds import MAIN, ProgramFeeds


class RecordingOutput(Output):
    kind = "recording"
    consumes = "frames"

    def __init__(self, path: str | Path, video: VideoEncoderSettings, make_mp4: bool = False,
                 canvas: str = MAIN) -> None:
        super().__init__(Path(path).name)
        self.canvas = canvas
        self.recorder = Recorder(path, video, make_mp4=make_mp4)
        self.result: RecordingResult | None = None
        self._feeds: ProgramFeeds | None = None
        # The recorder stopped on its own (disk full): FAILED with its sentence; whoever runs
        # this output then stops it, which lets go of the program feeds.
        self.recorder.failed.connect(lambda sentence: self._set(OutputStatus.FAILED, sentence))

    @property
    def path(self) -> Path:
        return self.recorder.path

    def start(self, feeds: ProgramFeeds) -> None:
        """Opens the file first: RecorderError (a sentence) if it cannot be written."""
        self.recorder.start()
        self._feeds = feeds
        feeds.add_frames(self.recorder.push_video, self.recorder.push_audio, self.canvas)
        self._set(OutputStatus.LIVE)

    def stop(self) -> None:
        feeds, self._feeds = self._feeds, None
        if feeds is None:
            return
        feeds.remove_frames(self.recorder.push_video, self.recorder.push_audio)
        self.result = self.recorder.stop()
        if self.result.error:
            self._set(OutputStatus.FAILED, self.result.error)
        else:
            self._set(OutputStatus.IDLE)

    def frames_dropped(self) -> int:
        return self.recorder.dropped_frames
