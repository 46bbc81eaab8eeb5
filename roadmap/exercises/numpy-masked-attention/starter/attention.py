"""Scaled dot-product attention, the core step of a Transformer, in numpy."""
import numpy as np


def causal_mask(length):
    """(length, length) bool array: True where query i may look at key j (j <= i)."""
    raise NotImplementedError("causal_mask")


def padding_mask(lengths, max_len):
    """(batch, 1, max_len) bool array: True for real tokens, False for padding."""
    raise NotImplementedError("padding_mask")


def scaled_dot_product_attention(Q, K, V, mask=None):
    """Q (..., Lq, d), K (..., Lk, d), V (..., Lk, dv); mask broadcastable to (..., Lq, Lk),
    True = may attend. Return (output (..., Lq, dv), weights (..., Lq, Lk))."""
    raise NotImplementedError("scaled_dot_product_attention")
