module @jit_attention attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x64x64xf32>, %arg1: tensor<64x192xf32>, %arg2: tensor<192xf32>) -> (tensor<2x64x64xf32> {jax.result_info = "result"}) {
    %0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x64x64xf32>, tensor<64x192xf32>) -> tensor<2x64x192xf32>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<192xf32>) -> tensor<1x1x192xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0, 1, 2] : (tensor<1x1x192xf32>) -> tensor<2x64x192xf32>
    %3 = stablehlo.add %0, %2 : tensor<2x64x192xf32>
    %4 = stablehlo.slice %3 [0:2, 0:64, 0:64] : (tensor<2x64x192xf32>) -> tensor<2x64x64xf32>
    %5 = stablehlo.slice %3 [0:2, 0:64, 64:128] : (tensor<2x64x192xf32>) -> tensor<2x64x64xf32>
    %6 = stablehlo.slice %3 [0:2, 0:64, 128:192] : (tensor<2x64x192xf32>) -> tensor<2x64x64xf32>
    %7 = stablehlo.reshape %4 : (tensor<2x64x64xf32>) -> tensor<2x64x4x16xf32>
    %8 = stablehlo.transpose %7, dims = [0, 2, 1, 3] : (tensor<2x64x4x16xf32>) -> tensor<2x4x64x16xf32>
    %9 = stablehlo.reshape %5 : (tensor<2x64x64xf32>) -> tensor<2x64x4x16xf32>
    %10 = stablehlo.transpose %9, dims = [0, 2, 1, 3] : (tensor<2x64x4x16xf32>) -> tensor<2x4x64x16xf32>
    %11 = stablehlo.reshape %6 : (tensor<2x64x64xf32>) -> tensor<2x64x4x16xf32>
    %12 = stablehlo.transpose %11, dims = [0, 2, 1, 3] : (tensor<2x64x4x16xf32>) -> tensor<2x4x64x16xf32>
    %13 = stablehlo.transpose %10, dims = [0, 1, 3, 2] : (tensor<2x4x64x16xf32>) -> tensor<2x4x16x64xf32>
    %14 = stablehlo.dot_general %8, %13, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<2x4x64x16xf32>, tensor<2x4x16x64xf32>) -> tensor<2x4x64x64xf32>
    %cst = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x4x64x64xf32>
    %16 = stablehlo.divide %14, %15 : tensor<2x4x64x64xf32>
    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %17 = stablehlo.reduce(%16 init: %cst_0) applies stablehlo.maximum across dimensions = [3] : (tensor<2x4x64x64xf32>, tensor<f32>) -> tensor<2x4x64xf32>
    %cst_1 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x4x64xf32>
    %19 = stablehlo.maximum %18, %17 : tensor<2x4x64xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<2x4x64xf32>) -> tensor<2x4x64x1xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1, 2, 3] : (tensor<2x4x64x1xf32>) -> tensor<2x4x64x64xf32>
    %22 = stablehlo.subtract %16, %21 : tensor<2x4x64x64xf32>
    %23 = stablehlo.exponential %22 : tensor<2x4x64x64xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %24 = stablehlo.reduce(%23 init: %cst_2) applies stablehlo.add across dimensions = [3] : (tensor<2x4x64x64xf32>, tensor<f32>) -> tensor<2x4x64xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0, 1, 2] : (tensor<2x4x64xf32>) -> tensor<2x4x64x1xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0, 1, 2, 3] : (tensor<2x4x64x1xf32>) -> tensor<2x4x64x64xf32>
    %27 = stablehlo.divide %23, %26 : tensor<2x4x64x64xf32>
    %28 = stablehlo.dot_general %27, %12, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [DEFAULT, DEFAULT] : (tensor<2x4x64x64xf32>, tensor<2x4x64x16xf32>) -> tensor<2x4x64x16xf32>
    %29 = stablehlo.transpose %28, dims = [0, 2, 1, 3] : (tensor<2x4x64x16xf32>) -> tensor<2x64x4x16xf32>
    %30 = stablehlo.reshape %29 : (tensor<2x64x4x16xf32>) -> tensor<2x64x64xf32>
    return %30 : tensor<2x64x64xf32>
  }
}
