"""Convolution and max-pooling layers in numpy (the forward pass of a CNN block).

Images are channel-first: x has shape (C_in, H, W); filters w have (C_out, C_in, kH, kW).
"""
import numpy as np


def conv_output_size(n, k, stride=1, padding=0):
    """Output length along one axis for input length n, kernel k, stride and padding."""
    raise NotImplementedError("conv_output_size")


def conv2d(x, w, b, stride=1, padding=0):
    """Cross-correlation (no kernel flip, as in PyTorch/Keras) plus bias: (C_out, H_out, W_out)."""
    raise NotImplementedError("conv2d")


def max_pool2d(x, size=2, stride=2):
    """Max over size x size windows of each channel: (C, H_out, W_out)."""
    raise NotImplementedError("max_pool2d")
