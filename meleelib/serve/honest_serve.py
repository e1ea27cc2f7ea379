"""`transformers serve`, made to honour each chat request's settings or refuse them with HTTP 400.

As shipped (transformers 5.x), the server drops settings without a word: with continuous batching every request
samples as the first one did and `stop` is never applied; `seed` reseeds torch's one global generator while other
requests are generating, so no seed reproduces once two are in flight; `temperature` > 0 samples only if the model's
generation_config already does; `response_format` and other OpenAI fields are logged and ignored. `install()` patches
the serving classes, in the server's own process only, so that a chat request's

- `temperature`, `top_p`, `max_tokens`/`max_completion_tokens`, `stop` and `seed` are honoured one request at a time
  (each generation is seeded on the inference thread right before it runs, so a seed reproduces whatever else is in
  flight; `stop` strings end the answer and are cut from it, as OpenAI does);
- with continuous batching, which shares one decoding mode across the batch, decoding is greedy: `temperature` > 0
  and `stop` are refused (start the server without continuous batching to sample);
- any other field that changes the answer (`response_format`, `n` > 1, `logprobs`, `presence_penalty`, tools...)
  is refused with a message that names it; only /v1/chat/completions answers.
"""
from __future__ import annotations

# Fields a request may carry that leave the answer unchanged, or whose neutral value changes nothing.
HARMLESS = {"user"}
NEUTRAL = {"n": 1, "logprobs": False, "presence_penalty": 0, "frequency_penalty": 0}


class Refused(Exception):
    """A request setting this server cannot honour: answered as OpenAI does, HTTP 400 naming the parameter."""

    def __init__(self, param: str, message: str):
        super().__init__(message)
        self.param, self.message = param, message


def check(body: dict, unsupported: set[str], continuous_batching: bool) -> None:
    """Raise `Refused`, naming the setting, when this server cannot honour a chat request as it stands."""
    # frequency_penalty would become a (multiplicative) repetition penalty, which is not what OpenAI defines
    for field in sorted((unsupported | {"frequency_penalty"}) - HARMLESS):
        value = body.get(field)
        if value is not None and not (field in NEUTRAL and value == NEUTRAL[field]):
            raise Refused(field, f"This server cannot honour `{field}` ({value!r}): send the request without it.")
    temperature = body.get("temperature")
    if continuous_batching:
        if temperature is not None and float(temperature) > 0:
            raise Refused("temperature", (
                f"This server decodes greedily (continuous batching shares one decoding mode across requests), so "
                f"it cannot honour `temperature` {temperature}: send temperature 0, or serve the model with "
                "continuous_batching=False to sample."))
        for field in ("stop", "logit_bias"):  # the batch applies no per-request stop strings or biases
            if body.get(field):
                raise Refused(field, f"This server cannot honour `{field}` with continuous batching: serve the "
                                     "model with continuous_batching=False.")
    if body.get("stop") and body.get("stream"):
        raise Refused("stop", "This server cannot honour `stop` on a streamed answer: send stream=false.")


def cut_at_stop(text: str, stop: str | list[str] | None) -> str:
    """`text` up to its first stop string (not included), as an OpenAI answer ends."""
    stops = [stop] if isinstance(stop, str) else list(stop or [])
    cut = min((i for i in (text.find(s) for s in stops if s) if i >= 0), default=len(text))
    return text[:cut]


class _Seeded:
    """The model, whose `generate` first seeds torch's generator; runs on the server's one inference thread."""

    def __init__(self, model, seed: int):
        self._model, self._seed = model, seed

    def generate(self, *args, **kwargs):
        import torch
        torch.manual_seed(self._seed)
        return self._model.generate(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._model, name)


def install() -> None:
    """Patch the serving classes of the installed transformers (call before the server starts)."""
    from fastapi.responses import JSONResponse
    from transformers.cli.serving import server
    from transformers.cli.serving.chat_completion import ChatCompletionHandler
    from transformers.cli.serving.utils import BaseHandler, GenerateManager

    build_server = server.build_server

    def _build_server(*args, **kwargs):
        app = build_server(*args, **kwargs)

        @app.exception_handler(Refused)
        async def _refused(_request, exc: Refused):
            return JSONResponse({"error": {"message": exc.message, "type": "invalid_request_error",
                                           "param": exc.param, "code": "unsupported_parameter"}}, status_code=400)
        return app

    validate = BaseHandler._validate_request

    def _validate_request(self, body: dict) -> None:
        if not isinstance(self, ChatCompletionHandler):
            raise Refused("endpoint", "This server answers /v1/chat/completions only.")
        validate(self, body)  # unknown fields: 422
        check(body, self._unused_fields, self.generation_state._continuous_batching)

    build = ChatCompletionHandler._build_generation_config

    def _build_generation_config(self, body: dict, model_generation_config, use_cb: bool = False):
        seed = body.pop("seed", None)  # never reseed the global generator from here, mid-way through another answer
        config = build(self, body, model_generation_config, use_cb=use_cb)
        if use_cb:
            config.do_sample = False  # the batch's one decoding mode; sampling requests were refused above
        elif body.get("temperature") is not None:
            config.do_sample = float(body["temperature"]) > 0
        config.request_seed = seed
        config.request_stop = body.get("stop")
        return config

    generate_non_streaming = GenerateManager.generate_non_streaming
    generate_streaming = GenerateManager.generate_streaming

    def _model(model, gen_config):
        seed = getattr(gen_config, "request_seed", None)
        return model if seed is None else _Seeded(model, int(seed))

    async def _generate_non_streaming(self, model, processor, inputs, gen_config, request_id):
        text, input_len, ids = await generate_non_streaming(self, _model(model, gen_config), processor, inputs,
                                                            gen_config, request_id)
        return cut_at_stop(text, getattr(gen_config, "request_stop", None)), input_len, ids

    def _generate_streaming(self, model, processor, inputs, gen_config, request_id, response_parser=None):
        return generate_streaming(self, _model(model, gen_config), processor, inputs, gen_config, request_id,
                                  response_parser=response_parser)

    server.build_server = _build_server
    BaseHandler._validate_request = _validate_request
    ChatCompletionHandler._build_generation_config = _build_generation_config
    GenerateManager.generate_non_streaming = _generate_non_streaming
    GenerateManager.generate_streaming = _generate_streaming
