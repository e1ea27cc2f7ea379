"""Chatting with the served coach through any OpenAI-compatible client, and checking that it answers as stage 06
measured."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from meleelib import files


def how_to_ask(server) -> str:
    """What `serve` prints: where the endpoint is, the model name, and a snippet to paste."""
    return f"""The coach is served at {server.base_url}
model: {server.model}

from openai import OpenAI
client = OpenAI(base_url="{server.base_url}", api_key="local")
reply = client.chat.completions.create(model="{server.model}", max_tokens=128, temperature=0,
                                       messages=[{{"role": "user", "content": "How do I win as Fox"}}])
print(reply.choices[0].message.content, reply.choices[0].finish_reason)

Stop it with Ctrl-C."""


def ask(client, model: str, question: str, **options) -> tuple[str, str]:
    """(answer, finish_reason) for one question through an OpenAI-compatible client."""
    reply = client.chat.completions.create(model=model, messages=[{"role": "user", "content": question}], **options)
    choice = reply.choices[0]
    return (choice.message.content or "").strip(), choice.finish_reason


def ask_many(client, model: str, questions: list[str], in_flight: int = 4, **options) -> list[tuple[str, str]]:
    """`ask` for each question, `in_flight` at a time (the server batches them), answers in the questions' order."""
    with ThreadPoolExecutor(in_flight) as pool:
        return list(pool.map(lambda q: ask(client, model, q, **options), questions))


def agreement(served: dict[str, str], comparison: list[dict]) -> dict:
    """How many served greedy answers are identical to stage 06's greedy "after" answers for the same prompts."""
    after = {r["question"]: r["after"]["text"].strip() for r in comparison if r["decoding"] == "greedy"}
    shared = [q for q in served if q in after]
    same = [q for q in shared if served[q].strip() == after[q]]
    return {"compared": len(shared), "identical": len(same), "different": [q for q in shared if q not in same]}


def agreement_with_stage_06(client, model: str, paths) -> dict:
    """Ask the served coach stage 06's greedy questions, greedily and with stage 06's token limit, and count the
    answers identical to its "after" answers (`agreement`)."""
    comparison = files.read_jsonl(paths.comparison)
    limit = json.loads(paths.metrics.read_text())["max_new_tokens"]
    prompts = [r["question"] for r in comparison if r["decoding"] == "greedy"]
    answers = ask_many(client, model, prompts, max_tokens=limit, temperature=0)
    return agreement({q: answer for q, (answer, _) in zip(prompts, answers)}, comparison)
