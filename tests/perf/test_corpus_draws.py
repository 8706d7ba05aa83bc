"""The generator's word draws (bench.vocabulary.Vocabulary.draw) are random.choices' own, number for number.

draw() narrows each bisection with a guide table; the words drawn and the
generator's state after them must equal choices()'s, or the same seed would
no longer give the same archive as before.
"""

from __future__ import annotations

import random

from django.test import SimpleTestCase

from bench.vocabulary import GUIDE_BUCKETS, Vocabulary, vocabularies

DRAWS = 6000  # the longest body


class DrawTests(SimpleTestCase):
    def test_draws_equal_what_choices_draws_from_the_same_generator(self):
        for language, vocabulary in vocabularies().items():
            for seed in range(40):
                ours, theirs = random.Random(f"{seed}:{language}"), random.Random(f"{seed}:{language}")
                drawn = vocabulary.draw(ours, DRAWS)
                expected = theirs.choices(vocabulary.words, cum_weights=vocabulary.cum_weights, k=DRAWS)
                self.assertEqual(drawn, expected, (language, seed))
                self.assertEqual(ours.getstate(), theirs.getstate())

    def test_the_edges_of_the_weights_draw_the_first_and_last_words(self):
        # A tiny vocabulary: several words share a slice of the guide table, and the last slice's numbers
        # reach the last word, which choices() never passes (it bisects up to n - 1).
        vocabulary = Vocabulary("en", ["a", "b", "c"], [1.0, 1.5, 1.5 + 1e-9])
        self.assertEqual(len(vocabulary.lows), GUIDE_BUCKETS + 1)
        for seed in range(200):
            ours, theirs = random.Random(seed), random.Random(seed)
            self.assertEqual(
                vocabulary.draw(ours, 50), theirs.choices(vocabulary.words, cum_weights=vocabulary.cum_weights, k=50)
            )
