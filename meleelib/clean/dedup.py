"""Duplicate pairs: exact after normalising, and near-duplicates by MinHash LSH over word 3-grams."""
from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
from datasketch import MinHash, MinHashLSH
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _minhash(text: str, num_perm: int) -> MinHash:
    words = normalise(text).split()
    shingles = {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}
    m = MinHash(num_perm=num_perm, seed=1)
    m.update_batch([s.encode() for s in shingles])
    return m


def near_duplicate_clusters(pairs: list[dict], threshold: float, num_perm: int = 128) -> list[list[dict]]:
    """Clusters (size > 1) of pairs whose question+answer word 3-gram Jaccard estimate is at least `threshold`."""
    hashes = {p["pair_id"]: _minhash(f"{p['question']} {p['answer']}", num_perm) for p in pairs}
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    for pid, m in hashes.items():
        lsh.insert(pid, m)
    index = {pid: i for i, pid in enumerate(hashes)}
    edges = [(index[pid], index[other]) for pid, m in hashes.items() for other in lsh.query(m)
             if other != pid and hashes[pid].jaccard(hashes[other]) >= threshold]
    rows, cols = zip(*edges) if edges else ((), ())
    graph = coo_matrix((np.ones(len(edges)), (rows, cols)), shape=(len(index), len(index)))
    _, label = connected_components(graph, directed=False)
    groups = defaultdict(list)
    for p in pairs:
        groups[label[index[p["pair_id"]]]].append(p)
    return [g for g in groups.values() if len(g) > 1]


def best(cluster: list[dict]) -> dict:
    """The pair a duplicate cluster keeps: the longest answer (most to learn), then the smallest pair_id."""
    return min(cluster, key=lambda p: (-len(p["answer"]), p["pair_id"]))


def key_of(pair: dict) -> str:
    """What two exact duplicates share: question and answer, normalised."""
    return normalise(pair["question"]) + "\x00" + normalise(pair["answer"])


def exact_duplicates(pairs: list[dict]) -> dict[str, str]:
    """Verdicts for pairs equal to another after normalising; the one kept is the one `best` would keep."""
    exact, seen = {}, {}
    for p in sorted(pairs, key=lambda p: (-len(p["answer"]), p["pair_id"])):
        key = key_of(p)
        if key in seen:
            exact[p["pair_id"]] = f"exact duplicate of {seen[key]['pair_id']}"
        else:
            seen[key] = p
    return exact


def duplicate_verdicts(pairs: list[dict], threshold: float) -> tuple[dict, dict, list[list[dict]]]:
    """Verdicts for exact duplicates (after normalising) and near-duplicates within each character, and the clusters."""
    exact, near = exact_duplicates(pairs), {}
    survivors = [p for p in pairs if p["pair_id"] not in exact]
    clusters = []
    for character in sorted({p["character"] for p in survivors}):
        for cluster in near_duplicate_clusters([p for p in survivors if p["character"] == character], threshold):
            keep = best(cluster)
            clusters.append(sorted(cluster, key=lambda p: p is not keep))
            for p in cluster:
                if p is not keep:
                    near[p["pair_id"]] = f"near-duplicate of {keep['pair_id']}"
    return exact, near, sorted(clusters, key=len, reverse=True)
