"""The bundled app's entry point: the same `seller-studio` command as a source install."""

import multiprocessing
import sys

from studio.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # Windows: a frozen app must say so before anything spawns
    sys.exit(main())
