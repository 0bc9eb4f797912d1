"""`python -m newsnlp`: the `newsnlp` command line."""

import sys

from newsnlp.io.cli import main

if __name__ == "__main__":
    sys.exit(main())
