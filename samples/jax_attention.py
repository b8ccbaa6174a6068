"""Softmax attention written out, as samples/torch_attention.py: a qkv projection, then
softmax(q @ k^T / sqrt(d)) @ v over 4 heads; batch 2, sequence 64, model width 64.

What to look for in the fusion map (CPU, jaxlib 0.10): the projection and the two batched matmuls
are library fusions (kCustom, __ynn_fusion), and the first batched matmul takes the 1/sqrt(d)
scale and the softmax's max, subtract and exp with it; the bias add, the split into q, k, v and
the head transposes become kLoop transpose/copy fusions; the softmax's sum and divide are small
fusions; the final transpose back is a copy fusion.
"""
import math

import jax
import jax.numpy as jnp


def attention(x, w_qkv, b_qkv, heads=4):
    b, s, d = x.shape
    q, k, v = jnp.split(x @ w_qkv + b_qkv, 3, axis=-1)
    q, k, v = (t.reshape(b, s, heads, d // heads).transpose(0, 2, 1, 3) for t in (q, k, v))
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(d // heads)
    weights = jax.nn.softmax(scores, axis=-1)
    out = weights @ v
    return out.transpose(0, 2, 1, 3).reshape(b, s, d)


def example():
    k1, k2 = jax.random.split(jax.random.PRNGKey(0))
    x = jax.random.normal(k1, (2, 64, 64), jnp.float32)
    w_qkv = jax.random.normal(k2, (64, 192), jnp.float32) / 8.0
    return attention, (x, w_qkv, jnp.zeros(192, jnp.float32))
