// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 191]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<2x4x64x16xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg6) -> (tensor<2x4x64x16xf32>) {
        %pure_call = xla.pure_call @fused_computation_9_copy_7(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<192xf32>, tensor<128x192xf32>, index, index, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
        xla.yield %inserted : tensor<2x4x64x16xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0, 0, 0] [2, 4, 64, 16] [1, 1, 1, 1] : tensor<2x4x64x16xf32> into tensor<2x4x64x16xf32>
      }
    }
    return %3 : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(%arg0: tensor<192xf32>, %arg1: tensor<128x192xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = xla.apply_indexing #indexing_map1(%arg2, %arg4, %arg3, %arg5)
    %1 = xla.apply_indexing #indexing_map2(%arg2, %arg4, %0)
    %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
    %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
    %2 = arith.addf %extracted, %extracted_0 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @fused_computation_9_copy_7) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 191]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<2x4x64x16xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg6) -> (tensor<2x4x64x16xf32>) {
        %pure_call = xla.pure_call @fused_computation_9_copy_7(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<192xf32>, tensor<128x192xf32>, index, index, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
        xla.yield %inserted : tensor<2x4x64x16xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0, 0, 0] [2, 4, 64, 16] [1, 1, 1, 1] : tensor<2x4x64x16xf32> into tensor<2x4x64x16xf32>
      }
    }
    return %3 : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(%arg0: tensor<192xf32>, %arg1: tensor<128x192xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = xla.apply_indexing #indexing_map1(%arg2, %arg4, %arg3, %arg5)
    %1 = xla.apply_indexing #indexing_map2(%arg2, %arg4, %0)
    %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
    %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
    %2 = arith.addf %extracted, %extracted_0 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 191]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<2x4x64x16xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg6) -> (tensor<2x4x64x16xf32>) {
        %pure_call = xla.pure_call @fused_computation_9_copy_7(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<192xf32>, tensor<128x192xf32>, index, index, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
        xla.yield %inserted : tensor<2x4x64x16xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0, 0, 0] [2, 4, 64, 16] [1, 1, 1, 1] : tensor<2x4x64x16xf32> into tensor<2x4x64x16xf32>
      }
    }
    return %3 : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(%arg0: tensor<192xf32>, %arg1: tensor<128x192xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = xla.apply_indexing #indexing_map1(%arg2, %arg4, %arg3, %arg5)
    %1 = xla.apply_indexing #indexing_map2(%arg2, %arg4, %0)
    %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
    %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
    %2 = arith.addf %extracted, %extracted_0 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %pure_call = xla.pure_call @fused_computation_9_copy_7(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<192xf32>, tensor<128x192xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(%arg0: tensor<192xf32>, %arg1: tensor<128x192xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = xla.apply_indexing #indexing_map1(%arg3, %arg5)
    %1 = xla.apply_indexing #indexing_map2(%arg2, %arg4)
    %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
    %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
    %2 = arith.addf %extracted, %extracted_0 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %pure_call = xla.pure_call @fused_computation_9_copy_7(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<192xf32>, tensor<128x192xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(%arg0: tensor<192xf32>, %arg1: tensor<128x192xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = xla.apply_indexing #indexing_map1(%arg3, %arg5)
    %1 = xla.apply_indexing #indexing_map2(%arg2, %arg4)
    %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
    %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
    %2 = arith.addf %extracted, %extracted_0 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %pure_call = xla.pure_call @fused_computation_9_copy_7(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<192xf32>, tensor<128x192xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(%arg0: tensor<192xf32>, %arg1: tensor<128x192xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = xla.apply_indexing #indexing_map1(%arg3, %arg5)
    %1 = xla.apply_indexing #indexing_map2(%arg2, %arg4)
    %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
    %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
    %2 = arith.addf %extracted, %extracted_0 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before AddReductionFastMathFlagsPass: xla-cpu-add-reduction-fast-math-flags ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %pure_call = xla.pure_call @fused_computation_9_copy_7(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<192xf32>, tensor<128x192xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(%arg0: tensor<192xf32>, %arg1: tensor<128x192xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = xla.apply_indexing #indexing_map1(%arg3, %arg5)
    %1 = xla.apply_indexing #indexing_map2(%arg2, %arg4)
    %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
    %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
    %2 = arith.addf %extracted, %extracted_0 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before Inliner: composite-fixed-point-pass{max-iterations=10 name=Inliner pipeline=inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 }} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %pure_call = xla.pure_call @fused_computation_9_copy_7(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<192xf32>, tensor<128x192xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(%arg0: tensor<192xf32>, %arg1: tensor<128x192xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = xla.apply_indexing #indexing_map1(%arg3, %arg5)
    %1 = xla.apply_indexing #indexing_map2(%arg2, %arg4)
    %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
    %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
    %2 = arith.addf %extracted, %extracted_0 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %pure_call = xla.pure_call @fused_computation_9_copy_7(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<192xf32>, tensor<128x192xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(%arg0: tensor<192xf32>, %arg1: tensor<128x192xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = xla.apply_indexing #indexing_map1(%arg3, %arg5)
    %1 = xla.apply_indexing #indexing_map2(%arg2, %arg4)
    %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
    %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
    %2 = arith.addf %extracted, %extracted_0 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @fused_computation_9_copy_7) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %pure_call = xla.pure_call @fused_computation_9_copy_7(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<192xf32>, tensor<128x192xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(%arg0: tensor<192xf32>, %arg1: tensor<128x192xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = xla.apply_indexing #indexing_map1(%arg3, %arg5)
    %1 = xla.apply_indexing #indexing_map2(%arg2, %arg4)
    %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
    %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
    %2 = arith.addf %extracted, %extracted_0 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %pure_call = xla.pure_call @fused_computation_9_copy_7(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<192xf32>, tensor<128x192xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(%arg0: tensor<192xf32>, %arg1: tensor<128x192xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = xla.apply_indexing #indexing_map1(%arg3, %arg5)
    %1 = xla.apply_indexing #indexing_map2(%arg2, %arg4)
    %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
    %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
    %2 = arith.addf %extracted, %extracted_0 : f32
    return %2 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %0 = xla.apply_indexing #indexing_map1(%rb, %rd)
      %1 = xla.apply_indexing #indexing_map2(%ra, %rc)
      %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
      %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
      %2 = arith.addf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %2 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
  func.func private @fused_computation_9_copy_7(tensor<192xf32>, tensor<128x192xf32>, index {xla.range = [0 : index, 1 : index]}, index {xla.range = [0 : index, 3 : index]}, index {xla.range = [0 : index, 63 : index]}, index {xla.range = [0 : index, 15 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>}
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %0 = xla.apply_indexing #indexing_map1(%rb, %rd)
      %1 = xla.apply_indexing #indexing_map2(%ra, %rc)
      %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
      %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
      %2 = arith.addf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %2 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %0 = xla.apply_indexing #indexing_map1(%rb, %rd)
      %1 = xla.apply_indexing #indexing_map2(%ra, %rc)
      %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
      %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
      %2 = arith.addf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %2 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
}


// -----// IR Dump Before PeelWorkgroupLoopPass: xla-cpu-peel-workgroup-loop ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %0 = xla.apply_indexing #indexing_map1(%rb, %rd)
      %1 = xla.apply_indexing #indexing_map2(%ra, %rc)
      %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
      %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
      %2 = arith.addf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %2 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
}


// -----// IR Dump Before LowerXlaSharedPass: xla-cpu-lower-xla-shared ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %0 = xla.apply_indexing #indexing_map1(%rb, %rd)
      %1 = xla.apply_indexing #indexing_map2(%ra, %rc)
      %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
      %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
      %2 = arith.addf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %2 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
}


// -----// IR Dump Before LowerXlaToScfPass: xla-lower-xla-to-scf{warp_size=32} ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %0 = xla.apply_indexing #indexing_map1(%rb, %rd)
      %1 = xla.apply_indexing #indexing_map2(%ra, %rc)
      %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
      %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
      %2 = arith.addf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %2 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %0 = xla.apply_indexing #indexing_map1(%rb, %rd)
      %1 = xla.apply_indexing #indexing_map2(%ra, %rc)
      %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
      %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
      %2 = arith.addf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %2 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %0 = xla.apply_indexing #indexing_map1(%rb, %rd)
      %1 = xla.apply_indexing #indexing_map2(%ra, %rc)
      %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
      %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
      %2 = arith.addf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %2 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
}


// -----// IR Dump Before LowerXlaLoopsToScfPass: xla-lower-xla-loops-to-scf ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x16xf32>) {
      %0 = xla.apply_indexing #indexing_map1(%rb, %rd)
      %1 = xla.apply_indexing #indexing_map2(%ra, %rc)
      %extracted = tensor.extract %arg1[%1, %0] : tensor<128x192xf32>
      %extracted_0 = tensor.extract %arg0[%0] : tensor<192xf32>
      %2 = arith.addf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %2 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x16xf32>
      xla.yield %inserted : tensor<2x4x64x16xf32>
    }
    return %xla_loop : tensor<2x4x64x16xf32>
  }
}


// -----// IR Dump Before StablehloConvertToSignlessPass: stablehlo-convert-to-signless ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<2x4x64x16xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<2x4x64x16xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<2x4x64x16xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<2x4x64x16xf32>) {
            %4 = scf.if %true -> (tensor<2x4x64x16xf32>) {
              %5 = xla.apply_indexing #indexing_map(%arg5, %arg9)
              %6 = xla.apply_indexing #indexing_map1(%arg3, %arg7)
              %extracted = tensor.extract %arg1[%6, %5] : tensor<128x192xf32>
              %extracted_0 = tensor.extract %arg0[%5] : tensor<192xf32>
              %7 = arith.addf %extracted, %extracted_0 : f32
              %inserted = tensor.insert %7 into %arg10[%arg3, %arg5, %arg7, %arg9] : tensor<2x4x64x16xf32>
              scf.yield %inserted : tensor<2x4x64x16xf32>
            } else {
              scf.yield %arg10 : tensor<2x4x64x16xf32>
            }
            scf.yield %4 : tensor<2x4x64x16xf32>
          }
          scf.yield %3 : tensor<2x4x64x16xf32>
        }
        scf.yield %2 : tensor<2x4x64x16xf32>
      }
      scf.yield %1 : tensor<2x4x64x16xf32>
    }
    return %0 : tensor<2x4x64x16xf32>
  }
}


// -----// IR Dump Before PropagateSliceIndicesPass: xla-propagate-slice-indices ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<2x4x64x16xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<2x4x64x16xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<2x4x64x16xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<2x4x64x16xf32>) {
            %4 = scf.if %true -> (tensor<2x4x64x16xf32>) {
              %5 = xla.apply_indexing #indexing_map(%arg5, %arg9)
              %6 = xla.apply_indexing #indexing_map1(%arg3, %arg7)
              %extracted = tensor.extract %arg1[%6, %5] : tensor<128x192xf32>
              %extracted_0 = tensor.extract %arg0[%5] : tensor<192xf32>
              %7 = arith.addf %extracted, %extracted_0 : f32
              %inserted = tensor.insert %7 into %arg10[%arg3, %arg5, %arg7, %arg9] : tensor<2x4x64x16xf32>
              scf.yield %inserted : tensor<2x4x64x16xf32>
            } else {
              scf.yield %arg10 : tensor<2x4x64x16xf32>
            }
            scf.yield %4 : tensor<2x4x64x16xf32>
          }
          scf.yield %3 : tensor<2x4x64x16xf32>
        }
        scf.yield %2 : tensor<2x4x64x16xf32>
      }
      scf.yield %1 : tensor<2x4x64x16xf32>
    }
    return %0 : tensor<2x4x64x16xf32>
  }
}


// -----// IR Dump Before FlattenTensorsPass: xla-flatten-tensors ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1) -> (d0 * 64 + d1), domain: d0 in [0, 1], d1 in [0, 63]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<128x192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x16xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<2x4x64x16xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<2x4x64x16xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<2x4x64x16xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<2x4x64x16xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<2x4x64x16xf32>) {
            %4 = scf.if %true -> (tensor<2x4x64x16xf32>) {
              %5 = xla.apply_indexing #indexing_map(%arg5, %arg9)
              %6 = xla.apply_indexing #indexing_map1(%arg3, %arg7)
              %extracted = tensor.extract %arg1[%6, %5] : tensor<128x192xf32>
              %extracted_0 = tensor.extract %arg0[%5] : tensor<192xf32>
              %7 = arith.addf %extracted, %extracted_0 : f32
              %inserted = tensor.insert %7 into %arg10[%arg3, %arg5, %arg7, %arg9] : tensor<2x4x64x16xf32>
              scf.yield %inserted : tensor<2x4x64x16xf32>
            } else {
              scf.yield %arg10 : tensor<2x4x64x16xf32>
            }
            scf.yield %4 : tensor<2x4x64x16xf32>
          }
          scf.yield %3 : tensor<2x4x64x16xf32>
        }
        scf.yield %2 : tensor<2x4x64x16xf32>
      }
      scf.yield %1 : tensor<2x4x64x16xf32>
    }
    return %0 : tensor<2x4x64x16xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<24576xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<8192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<8192xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %true = arith.constant true
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<8192xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<8192xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<8192xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<8192xf32>) {
            %4 = scf.if %true -> (tensor<8192xf32>) {
              %5 = xla.apply_indexing #indexing_map(%arg5, %arg9)
              %6 = xla.apply_indexing #indexing_map1(%arg3, %arg7, %arg5, %arg9)
              %extracted = tensor.extract %arg1[%6] : tensor<24576xf32>
              %extracted_0 = tensor.extract %arg0[%5] : tensor<192xf32>
              %7 = arith.addf %extracted, %extracted_0 : f32
              %8 = xla.apply_indexing #indexing_map2(%arg3, %arg5, %arg7, %arg9)
              %inserted = tensor.insert %7 into %arg10[%8] : tensor<8192xf32>
              scf.yield %inserted : tensor<8192xf32>
            } else {
              scf.yield %arg10 : tensor<8192xf32>
            }
            scf.yield %4 : tensor<8192xf32>
          }
          scf.yield %3 : tensor<8192xf32>
        }
        scf.yield %2 : tensor<8192xf32>
      }
      scf.yield %1 : tensor<8192xf32>
    }
    return %0 : tensor<8192xf32>
  }
}


// -----// IR Dump Before UnswitchLoopsPass: xla-unswitch-loops ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<24576xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<8192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<8192xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %true = arith.constant true
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<8192xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<8192xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<8192xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<8192xf32>) {
            %4 = scf.if %true -> (tensor<8192xf32>) {
              %5 = xla.apply_indexing #indexing_map(%arg5, %arg9)
              %6 = xla.apply_indexing #indexing_map1(%arg3, %arg7, %arg5, %arg9)
              %extracted = tensor.extract %arg1[%6] : tensor<24576xf32>
              %extracted_0 = tensor.extract %arg0[%5] : tensor<192xf32>
              %7 = arith.addf %extracted, %extracted_0 : f32
              %8 = xla.apply_indexing #indexing_map2(%arg3, %arg5, %arg7, %arg9)
              %inserted = tensor.insert %7 into %arg10[%8] : tensor<8192xf32>
              scf.yield %inserted : tensor<8192xf32>
            } else {
              scf.yield %arg10 : tensor<8192xf32>
            }
            scf.yield %4 : tensor<8192xf32>
          }
          scf.yield %3 : tensor<8192xf32>
        }
        scf.yield %2 : tensor<8192xf32>
      }
      scf.yield %1 : tensor<8192xf32>
    }
    return %0 : tensor<8192xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<24576xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<8192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<8192xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<8192xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<8192xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<8192xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<8192xf32>) {
            %4 = xla.apply_indexing #indexing_map(%arg5, %arg9)
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg7, %arg5, %arg9)
            %extracted = tensor.extract %arg1[%5] : tensor<24576xf32>
            %extracted_0 = tensor.extract %arg0[%4] : tensor<192xf32>
            %6 = arith.addf %extracted, %extracted_0 : f32
            %7 = xla.apply_indexing #indexing_map2(%arg3, %arg5, %arg7, %arg9)
            %inserted = tensor.insert %6 into %arg10[%7] : tensor<8192xf32>
            scf.yield %inserted : tensor<8192xf32>
          }
          scf.yield %3 : tensor<8192xf32>
        }
        scf.yield %2 : tensor<8192xf32>
      }
      scf.yield %1 : tensor<8192xf32>
    }
    return %0 : tensor<8192xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<24576xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<8192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<8192xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<8192xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<8192xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<8192xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<8192xf32>) {
            %4 = xla.apply_indexing #indexing_map(%arg5, %arg9)
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg7, %arg5, %arg9)
            %extracted = tensor.extract %arg1[%5] : tensor<24576xf32>
            %extracted_0 = tensor.extract %arg0[%4] : tensor<192xf32>
            %6 = arith.addf %extracted, %extracted_0 : f32
            %7 = xla.apply_indexing #indexing_map2(%arg3, %arg5, %arg7, %arg9)
            %inserted = tensor.insert %6 into %arg10[%7] : tensor<8192xf32>
            scf.yield %inserted : tensor<8192xf32>
          }
          scf.yield %3 : tensor<8192xf32>
        }
        scf.yield %2 : tensor<8192xf32>
      }
      scf.yield %1 : tensor<8192xf32>
    }
    return %0 : tensor<8192xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<24576xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<8192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<8192xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<8192xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<8192xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<8192xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<8192xf32>) {
            %4 = xla.apply_indexing #indexing_map(%arg5, %arg9)
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg7, %arg5, %arg9)
            %extracted = tensor.extract %arg1[%5] : tensor<24576xf32>
            %extracted_0 = tensor.extract %arg0[%4] : tensor<192xf32>
            %6 = arith.addf %extracted, %extracted_0 : f32
            %7 = xla.apply_indexing #indexing_map2(%arg3, %arg5, %arg7, %arg9)
            %inserted = tensor.insert %6 into %arg10[%7] : tensor<8192xf32>
            scf.yield %inserted : tensor<8192xf32>
          }
          scf.yield %3 : tensor<8192xf32>
        }
        scf.yield %2 : tensor<8192xf32>
      }
      scf.yield %1 : tensor<8192xf32>
    }
    return %0 : tensor<8192xf32>
  }
}


// -----// IR Dump Before AddLoopUnrollFlagsPass: xla-cpu-add-loop-unroll-flags{max_nested_iterations=1} ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<24576xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<8192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<8192xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<8192xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<8192xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<8192xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<8192xf32>) {
            %4 = xla.apply_indexing #indexing_map(%arg5, %arg9)
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg7, %arg5, %arg9)
            %extracted = tensor.extract %arg1[%5] : tensor<24576xf32>
            %extracted_0 = tensor.extract %arg0[%4] : tensor<192xf32>
            %6 = arith.addf %extracted, %extracted_0 : f32
            %7 = xla.apply_indexing #indexing_map2(%arg3, %arg5, %arg7, %arg9)
            %inserted = tensor.insert %6 into %arg10[%7] : tensor<8192xf32>
            scf.yield %inserted : tensor<8192xf32>
          }
          scf.yield %3 : tensor<8192xf32>
        }
        scf.yield %2 : tensor<8192xf32>
      }
      scf.yield %1 : tensor<8192xf32>
    }
    return %0 : tensor<8192xf32>
  }
}


// -----// IR Dump Before xla::cpu::ModuleCallbackPass: unknown<xla::cpu::ModuleCallbackPass> ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<24576xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<8192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<8192xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<8192xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<8192xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<8192xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<8192xf32>) {
            %4 = xla.apply_indexing #indexing_map(%arg5, %arg9)
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg7, %arg5, %arg9)
            %extracted = tensor.extract %arg1[%5] : tensor<24576xf32>
            %extracted_0 = tensor.extract %arg0[%4] : tensor<192xf32>
            %6 = arith.addf %extracted, %extracted_0 : f32
            %7 = xla.apply_indexing #indexing_map2(%arg3, %arg5, %arg7, %arg9)
            %inserted = tensor.insert %6 into %arg10[%7] : tensor<8192xf32>
            scf.yield %inserted : tensor<8192xf32>
          }
          scf.yield %3 : tensor<8192xf32>
        } {loop_annotation = #loop_annotation}
        scf.yield %2 : tensor<8192xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<8192xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<8192xf32>
  }
}


// -----// IR Dump Before ConvertPureCallOpsPass: xla-convert-pure-call-ops ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<24576xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<8192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<8192xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<8192xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<8192xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<8192xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<8192xf32>) {
            %4 = xla.apply_indexing #indexing_map(%arg5, %arg9)
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg7, %arg5, %arg9)
            %extracted = tensor.extract %arg1[%5] : tensor<24576xf32>
            %extracted_0 = tensor.extract %arg0[%4] : tensor<192xf32>
            %6 = arith.addf %extracted, %extracted_0 : f32
            %7 = xla.apply_indexing #indexing_map2(%arg3, %arg5, %arg7, %arg9)
            %inserted = tensor.insert %6 into %arg10[%7] : tensor<8192xf32>
            scf.yield %inserted : tensor<8192xf32>
          }
          scf.yield %3 : tensor<8192xf32>
        } {loop_annotation = #loop_annotation}
        scf.yield %2 : tensor<8192xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<8192xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<8192xf32>
  }
}


// -----// IR Dump Before LowerToLLVMPass: xla-cpu-lower-to-llvm{prefer_vector_width=256} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<24576xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<8192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}) -> tensor<8192xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<8192xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<8192xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<8192xf32>) {
          %3 = scf.for %arg9 = %c0 to %c16 step %c1 iter_args(%arg10 = %arg8) -> (tensor<8192xf32>) {
            %4 = xla.apply_indexing #indexing_map(%arg5, %arg9)
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg7, %arg5, %arg9)
            %extracted = tensor.extract %arg1[%5] : tensor<24576xf32>
            %extracted_0 = tensor.extract %arg0[%4] : tensor<192xf32>
            %6 = arith.addf %extracted, %extracted_0 : f32
            %7 = xla.apply_indexing #indexing_map2(%arg3, %arg5, %arg7, %arg9)
            %inserted = tensor.insert %6 into %arg10[%7] : tensor<8192xf32>
            scf.yield %inserted : tensor<8192xf32>
          }
          scf.yield %3 : tensor<8192xf32>
        } {loop_annotation = #loop_annotation}
        scf.yield %2 : tensor<8192xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<8192xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<8192xf32>
  }
}


// -----// IR Dump Before LowerTensorsPass: xla-lower-tensors{gpu_device_info= target_type=cpu} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = builtin.unrealized_conversion_cast %4 : !llvm.ptr to tensor<192xf32>
    %6 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %7 = llvm.load %6 invariant : !llvm.ptr -> !llvm.ptr
    %8 = llvm.getelementptr inbounds %7[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %9 = llvm.load %8 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.ptr to tensor<24576xf32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %15 = builtin.unrealized_conversion_cast %14 : !llvm.ptr to tensor<8192xf32>
    %16 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %17 = llvm.load %16 : !llvm.ptr -> !llvm.ptr
    %18 = llvm.getelementptr inbounds %17[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %19 = llvm.load %18 invariant : !llvm.ptr -> i64
    %20 = builtin.unrealized_conversion_cast %19 : i64 to index
    %21 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %22 = llvm.load %21 : !llvm.ptr -> !llvm.ptr
    %23 = llvm.getelementptr inbounds %22[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %24 = llvm.load %23 invariant : !llvm.ptr -> i64
    %25 = builtin.unrealized_conversion_cast %24 : i64 to index
    %26 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %27 = llvm.load %26 : !llvm.ptr -> !llvm.ptr
    %28 = llvm.getelementptr inbounds %27[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %29 = llvm.load %28 invariant : !llvm.ptr -> i64
    %30 = builtin.unrealized_conversion_cast %29 : i64 to index
    %31 = call @transpose_copy_fusion.2_wrapped(%5, %10, %15, %20, %25, %30) : (tensor<192xf32>, tensor<24576xf32>, tensor<8192xf32>, index, index, index) -> tensor<8192xf32>
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: tensor<192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<24576xf32> {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<8192xf32> {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}, %arg3: index, %arg4: index, %arg5: index) -> tensor<8192xf32> attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg6 = %c0 to %c2 step %c1 iter_args(%arg7 = %arg2) -> (tensor<8192xf32>) {
      %1 = scf.for %arg8 = %c0 to %c4 step %c1 iter_args(%arg9 = %arg7) -> (tensor<8192xf32>) {
        %2 = scf.for %arg10 = %c0 to %c64 step %c1 iter_args(%arg11 = %arg9) -> (tensor<8192xf32>) {
          %3 = scf.for %arg12 = %c0 to %c16 step %c1 iter_args(%arg13 = %arg11) -> (tensor<8192xf32>) {
            %4 = xla.apply_indexing #indexing_map(%arg8, %arg12)
            %5 = xla.apply_indexing #indexing_map1(%arg6, %arg10, %arg8, %arg12)
            %extracted = tensor.extract %arg1[%5] : tensor<24576xf32>
            %extracted_0 = tensor.extract %arg0[%4] : tensor<192xf32>
            %6 = arith.addf %extracted, %extracted_0 : f32
            %7 = xla.apply_indexing #indexing_map2(%arg6, %arg8, %arg10, %arg12)
            %inserted = tensor.insert %6 into %arg13[%7] : tensor<8192xf32>
            scf.yield %inserted : tensor<8192xf32>
          }
          scf.yield %3 : tensor<8192xf32>
        } {loop_annotation = #loop_annotation}
        scf.yield %2 : tensor<8192xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<8192xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<8192xf32>
  }
}


// -----// IR Dump Before ConvertComplexToStandardPass: convert-complex-to-standard{complex-range=improved} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    %18 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %19 = llvm.load %18 : !llvm.ptr -> !llvm.ptr
    %20 = llvm.getelementptr inbounds %19[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %21 = llvm.load %20 invariant : !llvm.ptr -> i64
    %22 = builtin.unrealized_conversion_cast %21 : i64 to index
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %0 = xla.apply_indexing #indexing_map(%arg7, %arg9)
            %1 = xla.apply_indexing #indexing_map1(%arg6, %arg8, %arg7, %arg9)
            %2 = arith.index_castui %1 : index to i64
            %3 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %4 = llvm.load %3 invariant : !llvm.ptr -> f32
            %5 = arith.index_castui %0 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %7 = llvm.load %6 invariant : !llvm.ptr -> f32
            %8 = arith.addf %4, %7 : f32
            %9 = xla.apply_indexing #indexing_map2(%arg6, %arg7, %arg8, %arg9)
            %10 = arith.index_castui %9 : index to i64
            %11 = llvm.getelementptr inbounds %arg2[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %8, %11 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before MergePointersToSameSlicePass: xla-merge-pointers ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    %18 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %19 = llvm.load %18 : !llvm.ptr -> !llvm.ptr
    %20 = llvm.getelementptr inbounds %19[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %21 = llvm.load %20 invariant : !llvm.ptr -> i64
    %22 = builtin.unrealized_conversion_cast %21 : i64 to index
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, xla.slice_index = 2 : index}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %0 = xla.apply_indexing #indexing_map(%arg7, %arg9)
            %1 = xla.apply_indexing #indexing_map1(%arg6, %arg8, %arg7, %arg9)
            %2 = arith.index_castui %1 : index to i64
            %3 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %4 = llvm.load %3 invariant : !llvm.ptr -> f32
            %5 = arith.index_castui %0 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %7 = llvm.load %6 invariant : !llvm.ptr -> f32
            %8 = arith.addf %4, %7 : f32
            %9 = xla.apply_indexing #indexing_map2(%arg6, %arg7, %arg8, %arg9)
            %10 = arith.index_castui %9 : index to i64
            %11 = llvm.getelementptr inbounds %arg2[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %8, %11 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    %18 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %19 = llvm.load %18 : !llvm.ptr -> !llvm.ptr
    %20 = llvm.getelementptr inbounds %19[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %21 = llvm.load %20 invariant : !llvm.ptr -> i64
    %22 = builtin.unrealized_conversion_cast %21 : i64 to index
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %0 = xla.apply_indexing #indexing_map(%arg7, %arg9)
            %1 = xla.apply_indexing #indexing_map1(%arg6, %arg8, %arg7, %arg9)
            %2 = arith.index_castui %1 : index to i64
            %3 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %4 = llvm.load %3 invariant : !llvm.ptr -> f32
            %5 = arith.index_castui %0 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %7 = llvm.load %6 invariant : !llvm.ptr -> f32
            %8 = arith.addf %4, %7 : f32
            %9 = xla.apply_indexing #indexing_map2(%arg6, %arg7, %arg8, %arg9)
            %10 = arith.index_castui %9 : index to i64
            %11 = llvm.getelementptr inbounds %arg2[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %8, %11 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %14 = llvm.load %13 : !llvm.ptr -> !llvm.ptr
    %15 = llvm.getelementptr inbounds %14[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    %17 = builtin.unrealized_conversion_cast %16 : i64 to index
    %18 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %19 = llvm.load %18 : !llvm.ptr -> !llvm.ptr
    %20 = llvm.getelementptr inbounds %19[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %21 = llvm.load %20 invariant : !llvm.ptr -> i64
    %22 = builtin.unrealized_conversion_cast %21 : i64 to index
    %23 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %24 = llvm.load %23 : !llvm.ptr -> !llvm.ptr
    %25 = llvm.getelementptr inbounds %24[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %26 = llvm.load %25 invariant : !llvm.ptr -> i64
    %27 = builtin.unrealized_conversion_cast %26 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %0 = xla.apply_indexing #indexing_map(%arg7, %arg9)
            %1 = xla.apply_indexing #indexing_map1(%arg6, %arg8, %arg7, %arg9)
            %2 = arith.index_castui %1 : index to i64
            %3 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %4 = llvm.load %3 invariant : !llvm.ptr -> f32
            %5 = arith.index_castui %0 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %7 = llvm.load %6 invariant : !llvm.ptr -> f32
            %8 = arith.addf %4, %7 : f32
            %9 = xla.apply_indexing #indexing_map2(%arg6, %arg7, %arg8, %arg9)
            %10 = arith.index_castui %9 : index to i64
            %11 = llvm.getelementptr inbounds %arg2[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %8, %11 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @transpose_copy_fusion.2) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %0 = xla.apply_indexing #indexing_map(%arg7, %arg9)
            %1 = xla.apply_indexing #indexing_map1(%arg6, %arg8, %arg7, %arg9)
            %2 = arith.index_castui %1 : index to i64
            %3 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %4 = llvm.load %3 invariant : !llvm.ptr -> f32
            %5 = arith.index_castui %0 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %7 = llvm.load %6 invariant : !llvm.ptr -> f32
            %8 = arith.addf %4, %7 : f32
            %9 = xla.apply_indexing #indexing_map2(%arg6, %arg7, %arg8, %arg9)
            %10 = arith.index_castui %9 : index to i64
            %11 = llvm.getelementptr inbounds %arg2[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %8, %11 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @transpose_copy_fusion.2_wrapped) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %0 = xla.apply_indexing #indexing_map(%arg7, %arg9)
            %1 = xla.apply_indexing #indexing_map1(%arg6, %arg8, %arg7, %arg9)
            %2 = arith.index_castui %1 : index to i64
            %3 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %4 = llvm.load %3 invariant : !llvm.ptr -> f32
            %5 = arith.index_castui %0 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %7 = llvm.load %6 invariant : !llvm.ptr -> f32
            %8 = arith.addf %4, %7 : f32
            %9 = xla.apply_indexing #indexing_map2(%arg6, %arg7, %arg8, %arg9)
            %10 = arith.index_castui %9 : index to i64
            %11 = llvm.getelementptr inbounds %arg2[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %8, %11 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandIntegerPowerPass: xla-expand-integer-power ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %0 = xla.apply_indexing #indexing_map(%arg7, %arg9)
            %1 = xla.apply_indexing #indexing_map1(%arg6, %arg8, %arg7, %arg9)
            %2 = arith.index_castui %1 : index to i64
            %3 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %4 = llvm.load %3 invariant : !llvm.ptr -> f32
            %5 = arith.index_castui %0 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %7 = llvm.load %6 invariant : !llvm.ptr -> f32
            %8 = arith.addf %4, %7 : f32
            %9 = xla.apply_indexing #indexing_map2(%arg6, %arg7, %arg8, %arg9)
            %10 = arith.index_castui %9 : index to i64
            %11 = llvm.getelementptr inbounds %arg2[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %8, %11 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyAffinePass: xla-simplify-affine ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1) -> (d0 * 16 + d1), domain: d0 in [0, 3], d1 in [0, 15]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 12288 + d1 * 192 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 63], d2 in [0, 3], d3 in [0, 15]">
#indexing_map2 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 4096 + d1 * 1024 + d2 * 16 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 15]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %0 = xla.apply_indexing #indexing_map(%arg7, %arg9)
            %1 = xla.apply_indexing #indexing_map1(%arg6, %arg8, %arg7, %arg9)
            %2 = arith.index_castui %1 : index to i64
            %3 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %4 = llvm.load %3 invariant : !llvm.ptr -> f32
            %5 = arith.index_castui %0 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %7 = llvm.load %6 invariant : !llvm.ptr -> f32
            %8 = arith.addf %4, %7 : f32
            %9 = xla.apply_indexing #indexing_map2(%arg6, %arg7, %arg8, %arg9)
            %10 = arith.index_castui %9 : index to i64
            %11 = llvm.getelementptr inbounds %arg2[0, %10] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %8, %11 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %0 = arith.muli %arg7, %c16 overflow<nsw> : index
            %1 = arith.addi %0, %arg9 overflow<nsw> : index
            %2 = arith.muli %arg6, %c12288 overflow<nsw> : index
            %3 = arith.muli %arg7, %c16 overflow<nsw> : index
            %4 = arith.addi %2, %3 overflow<nsw> : index
            %5 = arith.muli %arg8, %c192 overflow<nsw> : index
            %6 = arith.addi %4, %5 overflow<nsw> : index
            %7 = arith.addi %6, %arg9 overflow<nsw> : index
            %8 = arith.index_castui %7 : index to i64
            %9 = llvm.getelementptr inbounds %arg1[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %10 = llvm.load %9 invariant : !llvm.ptr -> f32
            %11 = arith.index_castui %1 : index to i64
            %12 = llvm.getelementptr inbounds %arg0[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %13 = llvm.load %12 invariant : !llvm.ptr -> f32
            %14 = arith.addf %10, %13 : f32
            %15 = arith.muli %arg6, %c4096 overflow<nsw> : index
            %16 = arith.muli %arg7, %c1024 overflow<nsw> : index
            %17 = arith.addi %15, %16 overflow<nsw> : index
            %18 = arith.muli %arg8, %c16 overflow<nsw> : index
            %19 = arith.addi %17, %18 overflow<nsw> : index
            %20 = arith.addi %19, %arg9 overflow<nsw> : index
            %21 = arith.index_castui %20 : index to i64
            %22 = llvm.getelementptr inbounds %arg2[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %14, %22 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %0 = arith.muli %arg7, %c16 overflow<nsw> : index
            %1 = arith.addi %0, %arg9 overflow<nsw> : index
            %2 = arith.muli %arg6, %c12288 overflow<nsw> : index
            %3 = arith.muli %arg7, %c16 overflow<nsw> : index
            %4 = arith.addi %2, %3 overflow<nsw> : index
            %5 = arith.muli %arg8, %c192 overflow<nsw> : index
            %6 = arith.addi %4, %5 overflow<nsw> : index
            %7 = arith.addi %6, %arg9 overflow<nsw> : index
            %8 = arith.index_castui %7 : index to i64
            %9 = llvm.getelementptr inbounds %arg1[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %10 = llvm.load %9 invariant : !llvm.ptr -> f32
            %11 = arith.index_castui %1 : index to i64
            %12 = llvm.getelementptr inbounds %arg0[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %13 = llvm.load %12 invariant : !llvm.ptr -> f32
            %14 = arith.addf %10, %13 : f32
            %15 = arith.muli %arg6, %c4096 overflow<nsw> : index
            %16 = arith.muli %arg7, %c1024 overflow<nsw> : index
            %17 = arith.addi %15, %16 overflow<nsw> : index
            %18 = arith.muli %arg8, %c16 overflow<nsw> : index
            %19 = arith.addi %17, %18 overflow<nsw> : index
            %20 = arith.addi %19, %arg9 overflow<nsw> : index
            %21 = arith.index_castui %20 : index to i64
            %22 = llvm.getelementptr inbounds %arg2[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %14, %22 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %0 = arith.muli %arg7, %c16 overflow<nsw> : index
            %1 = arith.addi %0, %arg9 overflow<nsw> : index
            %2 = arith.muli %arg6, %c12288 overflow<nsw> : index
            %3 = arith.muli %arg7, %c16 overflow<nsw> : index
            %4 = arith.addi %2, %3 overflow<nsw> : index
            %5 = arith.muli %arg8, %c192 overflow<nsw> : index
            %6 = arith.addi %4, %5 overflow<nsw> : index
            %7 = arith.addi %6, %arg9 overflow<nsw> : index
            %8 = arith.index_castui %7 : index to i64
            %9 = llvm.getelementptr inbounds %arg1[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %10 = llvm.load %9 invariant : !llvm.ptr -> f32
            %11 = arith.index_castui %1 : index to i64
            %12 = llvm.getelementptr inbounds %arg0[0, %11] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %13 = llvm.load %12 invariant : !llvm.ptr -> f32
            %14 = arith.addf %10, %13 : f32
            %15 = arith.muli %arg6, %c4096 overflow<nsw> : index
            %16 = arith.muli %arg7, %c1024 overflow<nsw> : index
            %17 = arith.addi %15, %16 overflow<nsw> : index
            %18 = arith.muli %arg8, %c16 overflow<nsw> : index
            %19 = arith.addi %17, %18 overflow<nsw> : index
            %20 = arith.addi %19, %arg9 overflow<nsw> : index
            %21 = arith.index_castui %20 : index to i64
            %22 = llvm.getelementptr inbounds %arg2[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %14, %22 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SymbolDCEPass: symbol-dce ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c12288 overflow<nsw> : index
      %1 = arith.muli %arg6, %c4096 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c16 overflow<nsw> : index
        %3 = arith.muli %arg7, %c16 overflow<nsw> : index
        %4 = arith.addi %0, %3 overflow<nsw> : index
        %5 = arith.muli %arg7, %c1024 overflow<nsw> : index
        %6 = arith.addi %1, %5 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %7 = arith.muli %arg8, %c192 overflow<nsw> : index
          %8 = arith.addi %4, %7 overflow<nsw> : index
          %9 = arith.muli %arg8, %c16 overflow<nsw> : index
          %10 = arith.addi %6, %9 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %11 = arith.addi %2, %arg9 overflow<nsw> : index
            %12 = arith.addi %8, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %15 = llvm.load %14 invariant : !llvm.ptr -> f32
            %16 = arith.index_castui %11 : index to i64
            %17 = llvm.getelementptr inbounds %arg0[0, %16] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %18 = llvm.load %17 invariant : !llvm.ptr -> f32
            %19 = arith.addf %15, %18 : f32
            %20 = arith.addi %10, %arg9 overflow<nsw> : index
            %21 = arith.index_castui %20 : index to i64
            %22 = llvm.getelementptr inbounds %arg2[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %19, %22 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c12288 overflow<nsw> : index
      %1 = arith.muli %arg6, %c4096 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c16 overflow<nsw> : index
        %3 = arith.muli %arg7, %c16 overflow<nsw> : index
        %4 = arith.addi %0, %3 overflow<nsw> : index
        %5 = arith.muli %arg7, %c1024 overflow<nsw> : index
        %6 = arith.addi %1, %5 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %7 = arith.muli %arg8, %c192 overflow<nsw> : index
          %8 = arith.addi %4, %7 overflow<nsw> : index
          %9 = arith.muli %arg8, %c16 overflow<nsw> : index
          %10 = arith.addi %6, %9 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %11 = arith.addi %2, %arg9 overflow<nsw> : index
            %12 = arith.addi %8, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %15 = llvm.load %14 invariant : !llvm.ptr -> f32
            %16 = arith.index_castui %11 : index to i64
            %17 = llvm.getelementptr inbounds %arg0[0, %16] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %18 = llvm.load %17 invariant : !llvm.ptr -> f32
            %19 = arith.addf %15, %18 : f32
            %20 = arith.addi %10, %arg9 overflow<nsw> : index
            %21 = arith.index_castui %20 : index to i64
            %22 = llvm.getelementptr inbounds %arg2[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %19, %22 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @transpose_copy_fusion.2) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c12288 overflow<nsw> : index
      %1 = arith.muli %arg6, %c4096 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c16 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c1024 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.muli %arg8, %c192 overflow<nsw> : index
          %7 = arith.addi %3, %6 overflow<nsw> : index
          %8 = arith.muli %arg8, %c16 overflow<nsw> : index
          %9 = arith.addi %5, %8 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %10 = arith.addi %2, %arg9 overflow<nsw> : index
            %11 = arith.addi %7, %arg9 overflow<nsw> : index
            %12 = arith.index_castui %11 : index to i64
            %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %14 = llvm.load %13 invariant : !llvm.ptr -> f32
            %15 = arith.index_castui %10 : index to i64
            %16 = llvm.getelementptr inbounds %arg0[0, %15] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %17 = llvm.load %16 invariant : !llvm.ptr -> f32
            %18 = arith.addf %14, %17 : f32
            %19 = arith.addi %9, %arg9 overflow<nsw> : index
            %20 = arith.index_castui %19 : index to i64
            %21 = llvm.getelementptr inbounds %arg2[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %18, %21 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @transpose_copy_fusion.2_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c12288 overflow<nsw> : index
      %1 = arith.muli %arg6, %c4096 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c16 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c1024 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.muli %arg8, %c192 overflow<nsw> : index
          %7 = arith.addi %3, %6 overflow<nsw> : index
          %8 = arith.muli %arg8, %c16 overflow<nsw> : index
          %9 = arith.addi %5, %8 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %10 = arith.addi %2, %arg9 overflow<nsw> : index
            %11 = arith.addi %7, %arg9 overflow<nsw> : index
            %12 = arith.index_castui %11 : index to i64
            %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %14 = llvm.load %13 invariant : !llvm.ptr -> f32
            %15 = arith.index_castui %10 : index to i64
            %16 = llvm.getelementptr inbounds %arg0[0, %15] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %17 = llvm.load %16 invariant : !llvm.ptr -> f32
            %18 = arith.addf %14, %17 : f32
            %19 = arith.addi %9, %arg9 overflow<nsw> : index
            %20 = arith.index_castui %19 : index to i64
            %21 = llvm.getelementptr inbounds %arg2[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %18, %21 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-expand-float-ops{approximate_tanh=false} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c12288 overflow<nsw> : index
      %1 = arith.muli %arg6, %c4096 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c16 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c1024 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.muli %arg8, %c192 overflow<nsw> : index
          %7 = arith.addi %3, %6 overflow<nsw> : index
          %8 = arith.muli %arg8, %c16 overflow<nsw> : index
          %9 = arith.addi %5, %8 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %10 = arith.addi %2, %arg9 overflow<nsw> : index
            %11 = arith.addi %7, %arg9 overflow<nsw> : index
            %12 = arith.index_castui %11 : index to i64
            %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %14 = llvm.load %13 invariant : !llvm.ptr -> f32
            %15 = arith.index_castui %10 : index to i64
            %16 = llvm.getelementptr inbounds %arg0[0, %15] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %17 = llvm.load %16 invariant : !llvm.ptr -> f32
            %18 = arith.addf %14, %17 : f32
            %19 = arith.addi %9, %arg9 overflow<nsw> : index
            %20 = arith.index_castui %19 : index to i64
            %21 = llvm.getelementptr inbounds %arg2[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %18, %21 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c12288 overflow<nsw> : index
      %1 = arith.muli %arg6, %c4096 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c16 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c1024 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.muli %arg8, %c192 overflow<nsw> : index
          %7 = arith.addi %3, %6 overflow<nsw> : index
          %8 = arith.muli %arg8, %c16 overflow<nsw> : index
          %9 = arith.addi %5, %8 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %10 = arith.addi %2, %arg9 overflow<nsw> : index
            %11 = arith.addi %7, %arg9 overflow<nsw> : index
            %12 = arith.index_castui %11 : index to i64
            %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %14 = llvm.load %13 invariant : !llvm.ptr -> f32
            %15 = arith.index_castui %10 : index to i64
            %16 = llvm.getelementptr inbounds %arg0[0, %15] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %17 = llvm.load %16 invariant : !llvm.ptr -> f32
            %18 = arith.addf %14, %17 : f32
            %19 = arith.addi %9, %arg9 overflow<nsw> : index
            %20 = arith.index_castui %19 : index to i64
            %21 = llvm.getelementptr inbounds %arg2[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %18, %21 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c12288 overflow<nsw> : index
      %1 = arith.muli %arg6, %c4096 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c16 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c1024 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.muli %arg8, %c192 overflow<nsw> : index
          %7 = arith.addi %3, %6 overflow<nsw> : index
          %8 = arith.muli %arg8, %c16 overflow<nsw> : index
          %9 = arith.addi %5, %8 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %10 = arith.addi %2, %arg9 overflow<nsw> : index
            %11 = arith.addi %7, %arg9 overflow<nsw> : index
            %12 = arith.index_castui %11 : index to i64
            %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %14 = llvm.load %13 invariant : !llvm.ptr -> f32
            %15 = arith.index_castui %10 : index to i64
            %16 = llvm.getelementptr inbounds %arg0[0, %15] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %17 = llvm.load %16 invariant : !llvm.ptr -> f32
            %18 = arith.addf %14, %17 : f32
            %19 = arith.addi %9, %arg9 overflow<nsw> : index
            %20 = arith.index_castui %19 : index to i64
            %21 = llvm.getelementptr inbounds %arg2[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %18, %21 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SCFToControlFlowPass: convert-scf-to-cf{allow-pattern-rollback=true} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c12288 overflow<nsw> : index
      %1 = arith.muli %arg6, %c4096 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c16 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c1024 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.muli %arg8, %c192 overflow<nsw> : index
          %7 = arith.addi %3, %6 overflow<nsw> : index
          %8 = arith.muli %arg8, %c16 overflow<nsw> : index
          %9 = arith.addi %5, %8 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c16 step %c1 {
            %10 = arith.addi %2, %arg9 overflow<nsw> : index
            %11 = arith.addi %7, %arg9 overflow<nsw> : index
            %12 = arith.index_castui %11 : index to i64
            %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
            %14 = llvm.load %13 invariant : !llvm.ptr -> f32
            %15 = arith.index_castui %10 : index to i64
            %16 = llvm.getelementptr inbounds %arg0[0, %15] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
            %17 = llvm.load %16 invariant : !llvm.ptr -> f32
            %18 = arith.addf %14, %17 : f32
            %19 = arith.addi %9, %arg9 overflow<nsw> : index
            %20 = arith.index_castui %19 : index to i64
            %21 = llvm.getelementptr inbounds %arg2[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
            llvm.store %18, %21 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerXlaIntrinsicLibPass: xla-lower-xla-intrinsic-lib ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c2 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %2 = arith.muli %0, %c12288 overflow<nsw> : index
    %3 = arith.muli %0, %c4096 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb10
    %5 = arith.cmpi slt, %4, %c4 : index
    cf.cond_br %5, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %6 = arith.muli %4, %c16 overflow<nsw> : index
    %7 = arith.addi %2, %6 overflow<nsw> : index
    %8 = arith.muli %4, %c1024 overflow<nsw> : index
    %9 = arith.addi %3, %8 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%10: index):  // 2 preds: ^bb4, ^bb9
    %11 = arith.cmpi slt, %10, %c64 : index
    cf.cond_br %11, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %12 = arith.muli %10, %c192 overflow<nsw> : index
    %13 = arith.addi %7, %12 overflow<nsw> : index
    %14 = arith.muli %10, %c16 overflow<nsw> : index
    %15 = arith.addi %9, %14 overflow<nsw> : index
    cf.br ^bb7(%c0 : index)
  ^bb7(%16: index):  // 2 preds: ^bb6, ^bb8
    %17 = arith.cmpi slt, %16, %c16 : index
    cf.cond_br %17, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %18 = arith.addi %6, %16 overflow<nsw> : index
    %19 = arith.addi %13, %16 overflow<nsw> : index
    %20 = arith.index_castui %19 : index to i64
    %21 = llvm.getelementptr inbounds %arg1[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
    %22 = llvm.load %21 invariant : !llvm.ptr -> f32
    %23 = arith.index_castui %18 : index to i64
    %24 = llvm.getelementptr inbounds %arg0[0, %23] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
    %25 = llvm.load %24 invariant : !llvm.ptr -> f32
    %26 = arith.addf %22, %25 : f32
    %27 = arith.addi %15, %16 overflow<nsw> : index
    %28 = arith.index_castui %27 : index to i64
    %29 = llvm.getelementptr inbounds %arg2[0, %28] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
    llvm.store %26, %29 : f32, !llvm.ptr
    %30 = arith.addi %16, %c1 : index
    cf.br ^bb7(%30 : index)
  ^bb9:  // pred: ^bb7
    %31 = arith.addi %10, %c1 : index
    cf.br ^bb5(%31 : index) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %32 = arith.addi %4, %c1 : index
    cf.br ^bb3(%32 : index) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %33 = arith.addi %0, %c1 : index
    cf.br ^bb1(%33 : index) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @transpose_copy_fusion.2) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c2 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %2 = arith.muli %0, %c12288 overflow<nsw> : index
    %3 = arith.muli %0, %c4096 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb10
    %5 = arith.cmpi slt, %4, %c4 : index
    cf.cond_br %5, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %6 = arith.muli %4, %c16 overflow<nsw> : index
    %7 = arith.addi %2, %6 overflow<nsw> : index
    %8 = arith.muli %4, %c1024 overflow<nsw> : index
    %9 = arith.addi %3, %8 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%10: index):  // 2 preds: ^bb4, ^bb9
    %11 = arith.cmpi slt, %10, %c64 : index
    cf.cond_br %11, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %12 = arith.muli %10, %c192 overflow<nsw> : index
    %13 = arith.addi %7, %12 overflow<nsw> : index
    %14 = arith.muli %10, %c16 overflow<nsw> : index
    %15 = arith.addi %9, %14 overflow<nsw> : index
    cf.br ^bb7(%c0 : index)
  ^bb7(%16: index):  // 2 preds: ^bb6, ^bb8
    %17 = arith.cmpi slt, %16, %c16 : index
    cf.cond_br %17, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %18 = arith.addi %6, %16 overflow<nsw> : index
    %19 = arith.addi %13, %16 overflow<nsw> : index
    %20 = arith.index_castui %19 : index to i64
    %21 = llvm.getelementptr inbounds %arg1[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
    %22 = llvm.load %21 invariant : !llvm.ptr -> f32
    %23 = arith.index_castui %18 : index to i64
    %24 = llvm.getelementptr inbounds %arg0[0, %23] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
    %25 = llvm.load %24 invariant : !llvm.ptr -> f32
    %26 = arith.addf %22, %25 : f32
    %27 = arith.addi %15, %16 overflow<nsw> : index
    %28 = arith.index_castui %27 : index to i64
    %29 = llvm.getelementptr inbounds %arg2[0, %28] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
    llvm.store %26, %29 : f32, !llvm.ptr
    %30 = arith.addi %16, %c1 : index
    cf.br ^bb7(%30 : index)
  ^bb9:  // pred: ^bb7
    %31 = arith.addi %10, %c1 : index
    cf.br ^bb5(%31 : index) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %32 = arith.addi %4, %c1 : index
    cf.br ^bb3(%32 : index) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %33 = arith.addi %0, %c1 : index
    cf.br ^bb1(%33 : index) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @transpose_copy_fusion.2_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c2 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %2 = arith.muli %0, %c12288 overflow<nsw> : index
    %3 = arith.muli %0, %c4096 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb10
    %5 = arith.cmpi slt, %4, %c4 : index
    cf.cond_br %5, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %6 = arith.muli %4, %c16 overflow<nsw> : index
    %7 = arith.addi %2, %6 overflow<nsw> : index
    %8 = arith.muli %4, %c1024 overflow<nsw> : index
    %9 = arith.addi %3, %8 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%10: index):  // 2 preds: ^bb4, ^bb9
    %11 = arith.cmpi slt, %10, %c64 : index
    cf.cond_br %11, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %12 = arith.muli %10, %c192 overflow<nsw> : index
    %13 = arith.addi %7, %12 overflow<nsw> : index
    %14 = arith.muli %10, %c16 overflow<nsw> : index
    %15 = arith.addi %9, %14 overflow<nsw> : index
    cf.br ^bb7(%c0 : index)
  ^bb7(%16: index):  // 2 preds: ^bb6, ^bb8
    %17 = arith.cmpi slt, %16, %c16 : index
    cf.cond_br %17, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %18 = arith.addi %6, %16 overflow<nsw> : index
    %19 = arith.addi %13, %16 overflow<nsw> : index
    %20 = arith.index_castui %19 : index to i64
    %21 = llvm.getelementptr inbounds %arg1[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
    %22 = llvm.load %21 invariant : !llvm.ptr -> f32
    %23 = arith.index_castui %18 : index to i64
    %24 = llvm.getelementptr inbounds %arg0[0, %23] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
    %25 = llvm.load %24 invariant : !llvm.ptr -> f32
    %26 = arith.addf %22, %25 : f32
    %27 = arith.addi %15, %16 overflow<nsw> : index
    %28 = arith.index_castui %27 : index to i64
    %29 = llvm.getelementptr inbounds %arg2[0, %28] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
    llvm.store %26, %29 : f32, !llvm.ptr
    %30 = arith.addi %16, %c1 : index
    cf.br ^bb7(%30 : index)
  ^bb9:  // pred: ^bb7
    %31 = arith.addi %10, %c1 : index
    cf.br ^bb5(%31 : index) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %32 = arith.addi %4, %c1 : index
    cf.br ^bb3(%32 : index) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %33 = arith.addi %0, %c1 : index
    cf.br ^bb1(%33 : index) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLibmPass: convert-math-to-libm ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c2 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %2 = arith.muli %0, %c12288 overflow<nsw> : index
    %3 = arith.muli %0, %c4096 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb10
    %5 = arith.cmpi slt, %4, %c4 : index
    cf.cond_br %5, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %6 = arith.muli %4, %c16 overflow<nsw> : index
    %7 = arith.addi %2, %6 overflow<nsw> : index
    %8 = arith.muli %4, %c1024 overflow<nsw> : index
    %9 = arith.addi %3, %8 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%10: index):  // 2 preds: ^bb4, ^bb9
    %11 = arith.cmpi slt, %10, %c64 : index
    cf.cond_br %11, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %12 = arith.muli %10, %c192 overflow<nsw> : index
    %13 = arith.addi %7, %12 overflow<nsw> : index
    %14 = arith.muli %10, %c16 overflow<nsw> : index
    %15 = arith.addi %9, %14 overflow<nsw> : index
    cf.br ^bb7(%c0 : index)
  ^bb7(%16: index):  // 2 preds: ^bb6, ^bb8
    %17 = arith.cmpi slt, %16, %c16 : index
    cf.cond_br %17, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %18 = arith.addi %6, %16 overflow<nsw> : index
    %19 = arith.addi %13, %16 overflow<nsw> : index
    %20 = arith.index_castui %19 : index to i64
    %21 = llvm.getelementptr inbounds %arg1[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
    %22 = llvm.load %21 invariant : !llvm.ptr -> f32
    %23 = arith.index_castui %18 : index to i64
    %24 = llvm.getelementptr inbounds %arg0[0, %23] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
    %25 = llvm.load %24 invariant : !llvm.ptr -> f32
    %26 = arith.addf %22, %25 : f32
    %27 = arith.addi %15, %16 overflow<nsw> : index
    %28 = arith.index_castui %27 : index to i64
    %29 = llvm.getelementptr inbounds %arg2[0, %28] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
    llvm.store %26, %29 : f32, !llvm.ptr
    %30 = arith.addi %16, %c1 : index
    cf.br ^bb7(%30 : index)
  ^bb9:  // pred: ^bb7
    %31 = arith.addi %10, %c1 : index
    cf.br ^bb5(%31 : index) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %32 = arith.addi %4, %c1 : index
    cf.br ^bb3(%32 : index) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %33 = arith.addi %0, %c1 : index
    cf.br ^bb1(%33 : index) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before LowerToLLVMCPUPass: xla-lower-to-llvm-cpu ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1024 = arith.constant 1024 : index
    %c4096 = arith.constant 4096 : index
    %c192 = arith.constant 192 : index
    %c12288 = arith.constant 12288 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c2 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %2 = arith.muli %0, %c12288 overflow<nsw> : index
    %3 = arith.muli %0, %c4096 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb10
    %5 = arith.cmpi slt, %4, %c4 : index
    cf.cond_br %5, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %6 = arith.muli %4, %c16 overflow<nsw> : index
    %7 = arith.addi %2, %6 overflow<nsw> : index
    %8 = arith.muli %4, %c1024 overflow<nsw> : index
    %9 = arith.addi %3, %8 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%10: index):  // 2 preds: ^bb4, ^bb9
    %11 = arith.cmpi slt, %10, %c64 : index
    cf.cond_br %11, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %12 = arith.muli %10, %c192 overflow<nsw> : index
    %13 = arith.addi %7, %12 overflow<nsw> : index
    %14 = arith.muli %10, %c16 overflow<nsw> : index
    %15 = arith.addi %9, %14 overflow<nsw> : index
    cf.br ^bb7(%c0 : index)
  ^bb7(%16: index):  // 2 preds: ^bb6, ^bb8
    %17 = arith.cmpi slt, %16, %c16 : index
    cf.cond_br %17, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %18 = arith.addi %6, %16 overflow<nsw> : index
    %19 = arith.addi %13, %16 overflow<nsw> : index
    %20 = arith.index_castui %19 : index to i64
    %21 = llvm.getelementptr inbounds %arg1[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
    %22 = llvm.load %21 invariant : !llvm.ptr -> f32
    %23 = arith.index_castui %18 : index to i64
    %24 = llvm.getelementptr inbounds %arg0[0, %23] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
    %25 = llvm.load %24 invariant : !llvm.ptr -> f32
    %26 = arith.addf %22, %25 : f32
    %27 = arith.addi %15, %16 overflow<nsw> : index
    %28 = arith.index_castui %27 : index to i64
    %29 = llvm.getelementptr inbounds %arg2[0, %28] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
    llvm.store %26, %29 : f32, !llvm.ptr
    %30 = arith.addi %16, %c1 : index
    cf.br ^bb7(%30 : index)
  ^bb9:  // pred: ^bb7
    %31 = arith.addi %10, %c1 : index
    cf.br ^bb5(%31 : index) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %32 = arith.addi %4, %c1 : index
    cf.br ^bb3(%32 : index) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %33 = arith.addi %0, %c1 : index
    cf.br ^bb1(%33 : index) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ReconcileUnrealizedCastsPass: reconcile-unrealized-casts ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = builtin.unrealized_conversion_cast %12 : i64 to index
    %14 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %15 = llvm.load %14 invariant : !llvm.ptr -> i64
    %16 = builtin.unrealized_conversion_cast %15 : i64 to index
    %17 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %18 = llvm.load %17 invariant : !llvm.ptr -> i64
    %19 = builtin.unrealized_conversion_cast %18 : i64 to index
    llvm.call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %12, %15, %18) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1024 : index) : i64
    %1 = llvm.mlir.constant(4096 : index) : i64
    %2 = llvm.mlir.constant(192 : index) : i64
    %3 = llvm.mlir.constant(12288 : index) : i64
    %4 = llvm.mlir.constant(1 : index) : i64
    %5 = llvm.mlir.constant(0 : index) : i64
    %6 = llvm.mlir.constant(2 : index) : i64
    %7 = llvm.mlir.constant(4 : index) : i64
    %8 = llvm.mlir.constant(64 : index) : i64
    %9 = llvm.mlir.constant(16 : index) : i64
    llvm.br ^bb1(%5 : i64)
  ^bb1(%10: i64):  // 2 preds: ^bb0, ^bb11
    %11 = llvm.icmp "slt" %10, %6 : i64
    llvm.cond_br %11, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %12 = llvm.mul %10, %3 overflow<nsw> : i64
    %13 = llvm.mul %10, %1 overflow<nsw> : i64
    llvm.br ^bb3(%5 : i64)
  ^bb3(%14: i64):  // 2 preds: ^bb2, ^bb10
    %15 = llvm.icmp "slt" %14, %7 : i64
    llvm.cond_br %15, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %16 = llvm.mul %14, %9 overflow<nsw> : i64
    %17 = llvm.add %12, %16 overflow<nsw> : i64
    %18 = llvm.mul %14, %0 overflow<nsw> : i64
    %19 = llvm.add %13, %18 overflow<nsw> : i64
    llvm.br ^bb5(%5 : i64)
  ^bb5(%20: i64):  // 2 preds: ^bb4, ^bb9
    %21 = llvm.icmp "slt" %20, %8 : i64
    llvm.cond_br %21, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %22 = llvm.mul %20, %2 overflow<nsw> : i64
    %23 = llvm.add %17, %22 overflow<nsw> : i64
    %24 = llvm.mul %20, %9 overflow<nsw> : i64
    %25 = llvm.add %19, %24 overflow<nsw> : i64
    llvm.br ^bb7(%5 : i64)
  ^bb7(%26: i64):  // 2 preds: ^bb6, ^bb8
    %27 = llvm.icmp "slt" %26, %9 : i64
    llvm.cond_br %27, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %28 = llvm.add %16, %26 overflow<nsw> : i64
    %29 = llvm.add %23, %26 overflow<nsw> : i64
    %30 = llvm.getelementptr inbounds %arg1[0, %29] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
    %31 = llvm.load %30 invariant : !llvm.ptr -> f32
    %32 = llvm.getelementptr inbounds %arg0[0, %28] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
    %33 = llvm.load %32 invariant : !llvm.ptr -> f32
    %34 = llvm.fadd %31, %33 : f32
    %35 = llvm.add %25, %26 overflow<nsw> : i64
    %36 = llvm.getelementptr inbounds %arg2[0, %35] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
    llvm.store %34, %36 : f32, !llvm.ptr
    %37 = llvm.add %26, %4 : i64
    llvm.br ^bb7(%37 : i64)
  ^bb9:  // pred: ^bb7
    %38 = llvm.add %20, %4 : i64
    llvm.br ^bb5(%38 : i64) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %39 = llvm.add %14, %4 : i64
    llvm.br ^bb3(%39 : i64) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %40 = llvm.add %10, %4 : i64
    llvm.br ^bb1(%40 : i64) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    llvm.call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %12, %14, %16) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1024 : index) : i64
    %1 = llvm.mlir.constant(4096 : index) : i64
    %2 = llvm.mlir.constant(192 : index) : i64
    %3 = llvm.mlir.constant(12288 : index) : i64
    %4 = llvm.mlir.constant(1 : index) : i64
    %5 = llvm.mlir.constant(0 : index) : i64
    %6 = llvm.mlir.constant(2 : index) : i64
    %7 = llvm.mlir.constant(4 : index) : i64
    %8 = llvm.mlir.constant(64 : index) : i64
    %9 = llvm.mlir.constant(16 : index) : i64
    llvm.br ^bb1(%5 : i64)
  ^bb1(%10: i64):  // 2 preds: ^bb0, ^bb11
    %11 = llvm.icmp "slt" %10, %6 : i64
    llvm.cond_br %11, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %12 = llvm.mul %10, %3 overflow<nsw> : i64
    %13 = llvm.mul %10, %1 overflow<nsw> : i64
    llvm.br ^bb3(%5 : i64)
  ^bb3(%14: i64):  // 2 preds: ^bb2, ^bb10
    %15 = llvm.icmp "slt" %14, %7 : i64
    llvm.cond_br %15, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %16 = llvm.mul %14, %9 overflow<nsw> : i64
    %17 = llvm.add %12, %16 overflow<nsw> : i64
    %18 = llvm.mul %14, %0 overflow<nsw> : i64
    %19 = llvm.add %13, %18 overflow<nsw> : i64
    llvm.br ^bb5(%5 : i64)
  ^bb5(%20: i64):  // 2 preds: ^bb4, ^bb9
    %21 = llvm.icmp "slt" %20, %8 : i64
    llvm.cond_br %21, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %22 = llvm.mul %20, %2 overflow<nsw> : i64
    %23 = llvm.add %17, %22 overflow<nsw> : i64
    %24 = llvm.mul %20, %9 overflow<nsw> : i64
    %25 = llvm.add %19, %24 overflow<nsw> : i64
    llvm.br ^bb7(%5 : i64)
  ^bb7(%26: i64):  // 2 preds: ^bb6, ^bb8
    %27 = llvm.icmp "slt" %26, %9 : i64
    llvm.cond_br %27, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %28 = llvm.add %16, %26 overflow<nsw> : i64
    %29 = llvm.add %23, %26 overflow<nsw> : i64
    %30 = llvm.getelementptr inbounds %arg1[0, %29] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
    %31 = llvm.load %30 invariant : !llvm.ptr -> f32
    %32 = llvm.getelementptr inbounds %arg0[0, %28] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
    %33 = llvm.load %32 invariant : !llvm.ptr -> f32
    %34 = llvm.fadd %31, %33 : f32
    %35 = llvm.add %25, %26 overflow<nsw> : i64
    %36 = llvm.getelementptr inbounds %arg2[0, %35] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
    llvm.store %34, %36 : f32, !llvm.ptr
    %37 = llvm.add %26, %4 : i64
    llvm.br ^bb7(%37 : i64)
  ^bb9:  // pred: ^bb7
    %38 = llvm.add %20, %4 : i64
    llvm.br ^bb5(%38 : i64) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %39 = llvm.add %14, %4 : i64
    llvm.br ^bb3(%39 : i64) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %40 = llvm.add %10, %4 : i64
    llvm.br ^bb1(%40 : i64) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @transpose_copy_fusion.2_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @transpose_copy_fusion.2_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @transpose_copy_fusion.2(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 768> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 98304> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 32768> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    llvm.call @transpose_copy_fusion.2_wrapped(%4, %6, %8, %12, %14, %16) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @transpose_copy_fusion.2_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 768 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 98304 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 32768 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(1024 : index) : i64
    %1 = llvm.mlir.constant(4096 : index) : i64
    %2 = llvm.mlir.constant(192 : index) : i64
    %3 = llvm.mlir.constant(12288 : index) : i64
    %4 = llvm.mlir.constant(1 : index) : i64
    %5 = llvm.mlir.constant(0 : index) : i64
    %6 = llvm.mlir.constant(2 : index) : i64
    %7 = llvm.mlir.constant(4 : index) : i64
    %8 = llvm.mlir.constant(64 : index) : i64
    %9 = llvm.mlir.constant(16 : index) : i64
    llvm.br ^bb1(%5 : i64)
  ^bb1(%10: i64):  // 2 preds: ^bb0, ^bb11
    %11 = llvm.icmp "slt" %10, %6 : i64
    llvm.cond_br %11, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %12 = llvm.mul %10, %3 overflow<nsw> : i64
    %13 = llvm.mul %10, %1 overflow<nsw> : i64
    llvm.br ^bb3(%5 : i64)
  ^bb3(%14: i64):  // 2 preds: ^bb2, ^bb10
    %15 = llvm.icmp "slt" %14, %7 : i64
    llvm.cond_br %15, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %16 = llvm.mul %14, %9 overflow<nsw> : i64
    %17 = llvm.add %12, %16 overflow<nsw> : i64
    %18 = llvm.mul %14, %0 overflow<nsw> : i64
    %19 = llvm.add %13, %18 overflow<nsw> : i64
    llvm.br ^bb5(%5 : i64)
  ^bb5(%20: i64):  // 2 preds: ^bb4, ^bb9
    %21 = llvm.icmp "slt" %20, %8 : i64
    llvm.cond_br %21, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %22 = llvm.mul %20, %2 overflow<nsw> : i64
    %23 = llvm.add %17, %22 overflow<nsw> : i64
    %24 = llvm.mul %20, %9 overflow<nsw> : i64
    %25 = llvm.add %19, %24 overflow<nsw> : i64
    llvm.br ^bb7(%5 : i64)
  ^bb7(%26: i64):  // 2 preds: ^bb6, ^bb8
    %27 = llvm.icmp "slt" %26, %9 : i64
    llvm.cond_br %27, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %28 = llvm.add %16, %26 overflow<nsw> : i64
    %29 = llvm.add %23, %26 overflow<nsw> : i64
    %30 = llvm.getelementptr inbounds %arg1[0, %29] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<24576 x f32>
    %31 = llvm.load %30 invariant : !llvm.ptr -> f32
    %32 = llvm.getelementptr inbounds %arg0[0, %28] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<192 x f32>
    %33 = llvm.load %32 invariant : !llvm.ptr -> f32
    %34 = llvm.fadd %31, %33 : f32
    %35 = llvm.add %25, %26 overflow<nsw> : i64
    %36 = llvm.getelementptr inbounds %arg2[0, %35] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8192 x f32>
    llvm.store %34, %36 : f32, !llvm.ptr
    %37 = llvm.add %26, %4 : i64
    llvm.br ^bb7(%37 : i64)
  ^bb9:  // pred: ^bb7
    %38 = llvm.add %20, %4 : i64
    llvm.br ^bb5(%38 : i64) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %39 = llvm.add %14, %4 : i64
    llvm.br ^bb3(%39 : i64) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %40 = llvm.add %10, %4 : i64
    llvm.br ^bb1(%40 : i64) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    llvm.return
  }
}


