"""Suite-wide settings.

Under CI (``CI`` set, as `.ci/run` is called) hypothesis runs derandomized, so a
landing is never decided by the luck of a random seed; locally it keeps exploring
new examples on every run.
"""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
