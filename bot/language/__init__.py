"""Pure: what people type → meaning (countries, questions, lemmas, dates). No Telegram, no SQL."""
