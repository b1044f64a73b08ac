"""np6's HTTP pipeline: the retrying transport, the retry policy, and where the key may travel."""
