"""A two-layer MLP: Linear(256, 1024) -> GELU -> Linear(1024, 256) -> softmax, batch 64.

The same model as samples/torch_mlp.py (exact, erf-based GELU as torch's default), for XLA.
What to look for in the fusion map (CPU, jaxlib 0.10): the first matmul is a library fusion of its
own (kind kCustom, config __ynn_fusion: XLA hands it to YNNPACK); the bias add and the GELU (erf
expanded into exp, select and arithmetic) become kLoop fusions; the second matmul takes its bias
add and the softmax's max, subtract and exp into one kCustom fusion; the softmax's sum and divide
are small fusions after it. On a GPU the matmuls are cuBLAS calls or Triton GEMM fusions instead.
"""
import jax
import jax.numpy as jnp


def mlp(x, w1, b1, w2, b2):
    h = jax.nn.gelu(x @ w1 + b1, approximate=False)
    y = h @ w2 + b2
    return jax.nn.softmax(y, axis=-1)


def example():
    k1, k2, k3 = jax.random.split(jax.random.PRNGKey(0), 3)
    x = jax.random.normal(k1, (64, 256), jnp.float32)
    w1 = jax.random.normal(k2, (256, 1024), jnp.float32) / 16.0
    w2 = jax.random.normal(k3, (1024, 256), jnp.float32) / 32.0
    return mlp, (x, w1, jnp.zeros(1024), w2, jnp.zeros(256))


if __name__ == "__main__":
    fn, args = example()
    print(jax.jit(fn)(*args).shape)
