#!/usr/bin/env python3
"""Same command line as ``dossier``: ``python build.py [build|serve|add] ...``.

With no arguments it builds the dossier described by ./dossier.yaml (the seeds).
"""

import sys

from dossier.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
