"""`python -m newsnlp`: the `newsnlp` command line."""

import sys

from newsnlp.io.cli import main

sys.exit(main())
