"""The speed-ups of nlp/ give exactly what the plain versions give."""

from __future__ import annotations

import re

from frontlines.knowledge import triggers
from frontlines.nlp.candidates import build_pattern, candidate_words


def _flat_pattern(words: set[str]) -> re.Pattern[str]:
    """The plain alternation of the candidate words (what the trie pattern must be equivalent to)."""
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    body = "|".join(a.replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]?") for a in alternatives)
    return re.compile(r"\b(?:" + body + r")\b", re.IGNORECASE)


def test_trie_pattern_matches_like_the_flat_alternation() -> None:
    lexicon = triggers()
    words = candidate_words(lexicon)
    trie, flat = build_pattern(lexicon), _flat_pattern(words)
    probes = [
        "Air-Strike on the base",
        "an air  strike",
        "airstrikes hit",
        "AIR\nSTRIKE",
        "ceasefire",
        "cease fire",
        "the attackers' van",
        "attacked-",
        "reattacked",
        "attack_ed",
        "Ministers met in Geneva for talks.",
        "sit in",
        "sit-ins",
        "sitins",
    ]
    # every word alone, with each neighbouring character a boundary or not
    for w in sorted(words):
        probes += [w, w.upper(), f"x{w}", f"{w}x", f"({w})", f"{w}-day", f"{w}s.", w[:-1], w[1:]]
    for p in probes:
        assert (trie.search(p) is None) == (flat.search(p) is None), p


def test_fast_components_annotate_exactly_like_spacy() -> None:
    """The fast attribute ruler and lemmatizer and the OpenBLAS matrix products (nlp/fast.py) give the
    same tags, parts of speech, morphology, lemmas, dependencies and entities as spaCy's own
    components on thinc's BLIS, on first use and from cache."""
    import spacy

    from frontlines.config import load_settings
    from frontlines.nlp.fast import FastAttributeRuler, FastLemmatizer
    from frontlines.nlp.models import load_spacy

    model = load_settings().nlp.model
    ours, plain = load_spacy(model), spacy.load(model)
    assert ours.pipe_names == plain.pipe_names
    assert isinstance(ours.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(ours.get_pipe("lemmatizer"), FastLemmatizer)
    assert plain.get_pipe("ner").model.ops.use_blis  # the reference: thinc's BLIS products
    texts = [
        "Gunmen killed three soldiers and wounded two others; the soldiers were killed as they slept.",
        "Having seized the town, the rebels said they had been having talks; it has had no effect.",
        "Ain't nobody gonna forget it, y'all. Let's go, c'mon, we gotta run.",
        "There is  a double space\n\nand a line break. That was it: I did it, and you saw me do it.",
        "Those who fled said that something had hit them, but anyone could see it was an airstrike.",
        "BEIRUT, March 2, 2017 - Syrian government troops backed by Russian warplanes recaptured Palmyra "
        "from Islamic State militants on Thursday, the army said in a statement read on state television.",
        "Two people were killed when Saudi-led coalition aircraft struck a market in Saada province, "
        "Houthi-run al-Masirah TV reported, and the United Nations condemned the attack in Geneva.",
    ]
    for _ in range(2):  # the second pass is served from the caches
        for a, b in zip(ours.pipe(texts), plain.pipe(texts), strict=True):
            assert [
                (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in a
            ] == [
                (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in b
            ]


def test_fast_matmul_uses_one_openblas_thread_when_installed() -> None:
    """With OpenBLAS available the neural components use numpy's products on one thread (nlp/fast.py)."""
    from frontlines.config import load_settings
    from frontlines.nlp.fast import _single_threaded_openblas
    from frontlines.nlp.models import load_spacy

    nlp = load_spacy(load_settings().nlp.model)
    if not _single_threaded_openblas():
        return  # numpy without a bundled OpenBLAS: spaCy's components are left on BLIS
    for name in ("tok2vec", "parser", "ner"):
        model = nlp.get_pipe(name).model
        assert all(not node.ops.use_blis for node in model.walk()), name


def test_group_acronym_spelling_a_function_word_is_parsed_as_a_name() -> None:
    """ "IS" (Islamic State) is read by the norm of another alias: not the verb "is"."""
    from frontlines.config import load_settings
    from frontlines.nlp.models import load_spacy, prepared

    settings = load_settings()
    nlp = load_spacy(settings.nlp.model, tuple(settings.nlp.disable))
    for text in ("IS fighters attacked the town.", "The army said IS had lost the town."):
        doc = nlp(prepared(nlp, text))
        tok = next(t for t in doc if t.text == "IS")
        assert tok.pos_ in ("PROPN", "NOUN") and tok.dep_ != "auxpass", text
    doc = nlp(prepared(nlp, "The town is calm."))
    assert next(t for t in doc if t.text == "is").pos_ == "AUX"


_BATCH = [
    "Gunmen killed three soldiers in Maiduguri on Monday, the Nigerian army said.",
    "The United Nations Security Council met in New York. Russia and China vetoed it.\n\nOn 3 March "
    "2019, President Emmanuel Macron of France visited Bamako  with 1,200 troops of Operation Barkhane.",
    "Syria",
    "",
    "   ",
    "Hezbollah fired 40 rockets at Kiryat Shmona, and the Israel Defense Forces (IDF) struck back at "
    "10:30 p.m. local time, killing Abu Mohammed al-Julani's deputy near the Golan Heights.",
]
"""Documents of every shape for the decoders' batches: several sentences and paragraphs, double spaces,
one word, empty and blank."""


def test_entity_recognizer_decoded_in_numpy_finds_what_spacy_finds() -> None:
    """The pipeline's entity recognizer is nlp/fast_ner.py's numpy decoding of spaCy's own network: the
    same entities as spaCy's decoding, whatever the batch (sentence boundaries inside a document, spaces,
    one-word and empty documents); a batch with a preset entity is left to spaCy's recognizer."""
    from spacy.tokens import Span

    from frontlines.config import load_settings
    from frontlines.nlp.fast_ner import FastEntityRecognizer
    from frontlines.nlp.models import load_spacy

    nlp = load_spacy(load_settings().nlp.model)
    fast = nlp.get_pipe("ner")
    assert isinstance(fast, FastEntityRecognizer)
    texts = [
        *_BATCH,
        "BEIRUT, March 2, 2017 - Syrian government troops backed by Russian warplanes recaptured Palmyra "
        "from Islamic State militants on Thursday, the army said in a statement read on state television.",
    ] * 3

    def upto_ner() -> list:
        docs = [nlp.make_doc(t) for t in texts]
        for name, proc in nlp.pipeline:
            if name != "ner":
                docs = list(proc.pipe(docs))
        return docs

    def ents(docs: list) -> list:
        return [[(t.ent_iob_, t.ent_type_) for t in d] for d in docs]

    expected = ents(list(fast.inner.pipe(upto_ner(), batch_size=64)))
    assert any(e for doc in expected for e in doc if e[0] == "I")  # entities of several words
    for size in (1, 4, 64):
        assert ents(list(fast.pipe(upto_ner(), batch_size=size))) == expected, size
    # a preset entity: spaCy's recognizer keeps it and codes around it
    preset = upto_ner()
    preset[0].set_ents([Span(preset[0], 0, 1, label="NORP")], default="unmodified")
    plain = upto_ner()
    plain[0].set_ents([Span(plain[0], 0, 1, label="NORP")], default="unmodified")
    assert ents(list(fast.pipe(preset))) == ents(list(fast.inner.pipe(plain)))
    assert preset[0][0].ent_type_ == "NORP"


def test_dependency_parser_decoded_in_numpy_parses_as_spacy_parses() -> None:
    """The pipeline's dependency parser is nlp/fast_parser.py's numpy decoding of spaCy's own network:
    the same heads, labels and sentence starts as spaCy's decoding, whatever the batch (several
    sentences in a document, spaces, one-word and empty documents, batches merged in one loop); a batch
    with a preset sentence start or dependency is left to spaCy's parser."""
    from frontlines.config import load_settings
    from frontlines.nlp.fast_parser import FastDependencyParser
    from frontlines.nlp.models import load_spacy

    nlp = load_spacy(load_settings().nlp.model)
    fast = nlp.get_pipe("parser")
    assert isinstance(fast, FastDependencyParser)
    texts = [
        *_BATCH,
        "Police said the man, who they did not name, was arrested after a search that officials described "
        "as the largest in the state's history, which began when he fled.",
        "What did the minister, whom reporters had asked twice, say about the strike that killed them?",
    ] * 3

    def upto_parser() -> list:
        docs = [nlp.make_doc(t) for t in texts]
        for name, proc in nlp.pipeline:
            if name == "parser":
                break
            docs = list(proc.pipe(docs))
        return docs

    def parses(docs: list) -> list:
        return [[(t.head.i, t.dep_, t.is_sent_start, t.left_edge.i, t.right_edge.i) for t in d] for d in docs]

    expected = parses(list(fast.inner.pipe(upto_parser(), batch_size=64)))
    assert any(sum(1 for t in doc if t[2]) > 1 for doc in expected)  # documents of several sentences
    for size in (1, 3, 64):
        assert parses(list(fast.pipe(upto_parser(), batch_size=size))) == expected, size
    # a preset sentence start: spaCy's parser keeps it and parses around it
    preset, plain = upto_parser(), upto_parser()
    for docs in (preset, plain):
        docs[1][3].is_sent_start = False
    assert parses(list(fast.pipe(preset))) == parses(list(fast.inner.pipe(plain)))
