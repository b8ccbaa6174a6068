"""An RNN-style loop with lax.scan: h = tanh(h @ W + x_t) over 16 steps, batch 8, width 128.

What to look for: in HLO the scan is a `while` loop whose body computation holds one step. The
fusion map shows the `while` as a control-flow node (no kernel) and the kernels of its body and
condition: the matmul (a kCustom __ynn_fusion on CPU), a kLoop fusion of the slice of x_t, the
add and the tanh, the dynamic-update-slice that stores h into the stacked output, the counter
add and compare. The loop is not unrolled: each kernel runs once per step.
"""
import jax
import jax.numpy as jnp


def rnn(h0, xs, w):
    def step(h, x_t):
        h = jnp.tanh(h @ w + x_t)
        return h, h

    h_last, hs = jax.lax.scan(step, h0, xs)
    return h_last, hs


def example():
    k1, k2 = jax.random.split(jax.random.PRNGKey(0))
    xs = jax.random.normal(k1, (16, 8, 128), jnp.float32)
    w = jax.random.normal(k2, (128, 128), jnp.float32) / 12.0
    return rnn, (jnp.zeros((8, 128), jnp.float32), xs, w)
