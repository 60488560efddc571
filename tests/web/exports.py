"""A speech-to-text export as a real tool writes it, for the upload-size tests.

WhisperX's JSON for a recording: every segment carries its token ids, decoding statistics and
each word with its own times, confidence and speaker, beside the text. Built from the
45-minute, six-question interview, it is the size a hiring team really uploads.
"""

from __future__ import annotations

import json
from pathlib import Path

SIX_JSON = Path(__file__).parents[1] / "data" / "interviews" / "six-questions.json"


def whisperx_export() -> bytes:
    """The six-question interview as WhisperX writes it (about 1.6 MB)."""
    segments = json.loads(SIX_JSON.read_text(encoding="utf-8"))["segments"]
    out = []
    for n, segment in enumerate(segments):
        words = segment["text"].split()
        step = (segment["end"] - segment["start"]) / len(words)
        out.append({
            "id": n, "seek": int(segment["start"] * 100) // 3000 * 3000,
            "start": segment["start"], "end": segment["end"], "text": " " + segment["text"],
            "tokens": [50364 + (n * 37 + k * 101) % 900 for k in range(len(words) * 2)],
            "temperature": 0.0, "avg_logprob": -0.2134567, "compression_ratio": 1.5342466,
            "no_speech_prob": 0.0123456, "speaker": segment["speaker"],
            "words": [{"word": word, "start": round(segment["start"] + k * step, 3),
                       "end": round(segment["start"] + (k + 1) * step, 3),
                       "score": 0.912, "speaker": segment["speaker"]}
                      for k, word in enumerate(words)],
        })
    text = " ".join(s["text"] for s in segments)
    return json.dumps({"text": text, "segments": out, "language": "en"}, indent=2).encode()
