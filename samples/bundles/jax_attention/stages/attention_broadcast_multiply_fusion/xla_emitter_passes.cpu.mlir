// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<2x4x64x64xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg6) -> (tensor<2x4x64x64xf32>) {
        %pure_call = xla.pure_call @fused_computation_6_multiply_3(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index, index, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
        xla.yield %inserted : tensor<2x4x64x64xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0, 0, 0] [2, 4, 64, 64] [1, 1, 1, 1] : tensor<2x4x64x64xf32> into tensor<2x4x64x64xf32>
      }
    }
    return %3 : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(%arg0: tensor<2x4x64x64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3, %arg4, %arg5] : tensor<2x4x64x64xf32>
    %extracted_0 = tensor.extract %arg1[%arg2, %arg3, %arg4] : tensor<2x4x64xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @fused_computation_6_multiply_3) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<2x4x64x64xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg6) -> (tensor<2x4x64x64xf32>) {
        %pure_call = xla.pure_call @fused_computation_6_multiply_3(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index, index, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
        xla.yield %inserted : tensor<2x4x64x64xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0, 0, 0] [2, 4, 64, 64] [1, 1, 1, 1] : tensor<2x4x64x64xf32> into tensor<2x4x64x64xf32>
      }
    }
    return %3 : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(%arg0: tensor<2x4x64x64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3, %arg4, %arg5] : tensor<2x4x64x64xf32>
    %extracted_0 = tensor.extract %arg1[%arg2, %arg3, %arg4] : tensor<2x4x64xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 0], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 0 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<2x4x64x64xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg6) -> (tensor<2x4x64x64xf32>) {
        %pure_call = xla.pure_call @fused_computation_6_multiply_3(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index, index, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
        xla.yield %inserted : tensor<2x4x64x64xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0, 0, 0] [2, 4, 64, 64] [1, 1, 1, 1] : tensor<2x4x64x64xf32> into tensor<2x4x64x64xf32>
      }
    }
    return %3 : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(%arg0: tensor<2x4x64x64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3, %arg4, %arg5] : tensor<2x4x64x64xf32>
    %extracted_0 = tensor.extract %arg1[%arg2, %arg3, %arg4] : tensor<2x4x64xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %pure_call = xla.pure_call @fused_computation_6_multiply_3(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(%arg0: tensor<2x4x64x64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3, %arg4, %arg5] : tensor<2x4x64x64xf32>
    %extracted_0 = tensor.extract %arg1[%arg2, %arg3, %arg4] : tensor<2x4x64xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %pure_call = xla.pure_call @fused_computation_6_multiply_3(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(%arg0: tensor<2x4x64x64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3, %arg4, %arg5] : tensor<2x4x64x64xf32>
    %extracted_0 = tensor.extract %arg1[%arg2, %arg3, %arg4] : tensor<2x4x64xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %pure_call = xla.pure_call @fused_computation_6_multiply_3(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(%arg0: tensor<2x4x64x64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3, %arg4, %arg5] : tensor<2x4x64x64xf32>
    %extracted_0 = tensor.extract %arg1[%arg2, %arg3, %arg4] : tensor<2x4x64xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before AddReductionFastMathFlagsPass: xla-cpu-add-reduction-fast-math-flags ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %pure_call = xla.pure_call @fused_computation_6_multiply_3(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(%arg0: tensor<2x4x64x64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3, %arg4, %arg5] : tensor<2x4x64x64xf32>
    %extracted_0 = tensor.extract %arg1[%arg2, %arg3, %arg4] : tensor<2x4x64xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before Inliner: composite-fixed-point-pass{max-iterations=10 name=Inliner pipeline=inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 }} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %pure_call = xla.pure_call @fused_computation_6_multiply_3(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(%arg0: tensor<2x4x64x64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3, %arg4, %arg5] : tensor<2x4x64x64xf32>
    %extracted_0 = tensor.extract %arg1[%arg2, %arg3, %arg4] : tensor<2x4x64xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %pure_call = xla.pure_call @fused_computation_6_multiply_3(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(%arg0: tensor<2x4x64x64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3, %arg4, %arg5] : tensor<2x4x64x64xf32>
    %extracted_0 = tensor.extract %arg1[%arg2, %arg3, %arg4] : tensor<2x4x64xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @fused_computation_6_multiply_3) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %pure_call = xla.pure_call @fused_computation_6_multiply_3(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(%arg0: tensor<2x4x64x64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3, %arg4, %arg5] : tensor<2x4x64x64xf32>
    %extracted_0 = tensor.extract %arg1[%arg2, %arg3, %arg4] : tensor<2x4x64xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %pure_call = xla.pure_call @fused_computation_6_multiply_3(%arg0, %arg1, %ra, %rb, %rc, %rd) : (tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index, index, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(%arg0: tensor<2x4x64x64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: index {xla.range = [0 : index, 1 : index]}, %arg3: index {xla.range = [0 : index, 3 : index]}, %arg4: index {xla.range = [0 : index, 63 : index]}, %arg5: index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3, %arg4, %arg5] : tensor<2x4x64x64xf32>
    %extracted_0 = tensor.extract %arg1[%arg2, %arg3, %arg4] : tensor<2x4x64xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      %extracted_0 = tensor.extract %arg1[%ra, %rb, %rc] : tensor<2x4x64xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %0 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
  func.func private @fused_computation_6_multiply_3(tensor<2x4x64x64xf32>, tensor<2x4x64xf32>, index {xla.range = [0 : index, 1 : index]}, index {xla.range = [0 : index, 3 : index]}, index {xla.range = [0 : index, 63 : index]}, index {xla.range = [0 : index, 63 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>}
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      %extracted_0 = tensor.extract %arg1[%ra, %rb, %rc] : tensor<2x4x64xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %0 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      %extracted_0 = tensor.extract %arg1[%ra, %rb, %rc] : tensor<2x4x64xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %0 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
}


// -----// IR Dump Before PeelWorkgroupLoopPass: xla-cpu-peel-workgroup-loop ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      %extracted_0 = tensor.extract %arg1[%ra, %rb, %rc] : tensor<2x4x64xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %0 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
}


// -----// IR Dump Before LowerXlaSharedPass: xla-cpu-lower-xla-shared ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      %extracted_0 = tensor.extract %arg1[%ra, %rb, %rc] : tensor<2x4x64xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %0 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
}


// -----// IR Dump Before LowerXlaToScfPass: xla-lower-xla-to-scf{warp_size=32} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      %extracted_0 = tensor.extract %arg1[%ra, %rb, %rc] : tensor<2x4x64xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %0 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      %extracted_0 = tensor.extract %arg1[%ra, %rb, %rc] : tensor<2x4x64xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %0 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      %extracted_0 = tensor.extract %arg1[%ra, %rb, %rc] : tensor<2x4x64xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %0 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
}


// -----// IR Dump Before LowerXlaLoopsToScfPass: xla-lower-xla-loops-to-scf ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"()[s0, s1, s2, s3] -> (s0, s1, s2, s3), domain: s0 in [0, 1], s1 in [0, 3], s2 in [0, 63], s3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %xla_loop = xla.loop ()[%i, %j, %k, %l] -> (%ra, %rb, %rc, %rd) in #indexing_map iter_args(%iter = %arg2) -> (tensor<2x4x64x64xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      %extracted_0 = tensor.extract %arg1[%ra, %rb, %rc] : tensor<2x4x64xf32>
      %0 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %0 into %iter[%ra, %rb, %rc, %rd] : tensor<2x4x64x64xf32>
      xla.yield %inserted : tensor<2x4x64x64xf32>
    }
    return %xla_loop : tensor<2x4x64x64xf32>
  }
}


// -----// IR Dump Before StablehloConvertToSignlessPass: stablehlo-convert-to-signless ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<2x4x64x64xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<2x4x64x64xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<2x4x64x64xf32>) {
          %3 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<2x4x64x64xf32>) {
            %4 = scf.if %true -> (tensor<2x4x64x64xf32>) {
              %extracted = tensor.extract %arg0[%arg3, %arg5, %arg7, %arg9] : tensor<2x4x64x64xf32>
              %extracted_0 = tensor.extract %arg1[%arg3, %arg5, %arg7] : tensor<2x4x64xf32>
              %5 = arith.mulf %extracted, %extracted_0 : f32
              %inserted = tensor.insert %5 into %arg10[%arg3, %arg5, %arg7, %arg9] : tensor<2x4x64x64xf32>
              scf.yield %inserted : tensor<2x4x64x64xf32>
            } else {
              scf.yield %arg10 : tensor<2x4x64x64xf32>
            }
            scf.yield %4 : tensor<2x4x64x64xf32>
          }
          scf.yield %3 : tensor<2x4x64x64xf32>
        }
        scf.yield %2 : tensor<2x4x64x64xf32>
      }
      scf.yield %1 : tensor<2x4x64x64xf32>
    }
    return %0 : tensor<2x4x64x64xf32>
  }
}


// -----// IR Dump Before PropagateSliceIndicesPass: xla-propagate-slice-indices ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<2x4x64x64xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<2x4x64x64xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<2x4x64x64xf32>) {
          %3 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<2x4x64x64xf32>) {
            %4 = scf.if %true -> (tensor<2x4x64x64xf32>) {
              %extracted = tensor.extract %arg0[%arg3, %arg5, %arg7, %arg9] : tensor<2x4x64x64xf32>
              %extracted_0 = tensor.extract %arg1[%arg3, %arg5, %arg7] : tensor<2x4x64xf32>
              %5 = arith.mulf %extracted, %extracted_0 : f32
              %inserted = tensor.insert %5 into %arg10[%arg3, %arg5, %arg7, %arg9] : tensor<2x4x64x64xf32>
              scf.yield %inserted : tensor<2x4x64x64xf32>
            } else {
              scf.yield %arg10 : tensor<2x4x64x64xf32>
            }
            scf.yield %4 : tensor<2x4x64x64xf32>
          }
          scf.yield %3 : tensor<2x4x64x64xf32>
        }
        scf.yield %2 : tensor<2x4x64x64xf32>
      }
      scf.yield %1 : tensor<2x4x64x64xf32>
    }
    return %0 : tensor<2x4x64x64xf32>
  }
}


// -----// IR Dump Before FlattenTensorsPass: xla-flatten-tensors ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<2x4x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<2x4x64x64xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<2x4x64x64xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %true = arith.constant true
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<2x4x64x64xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<2x4x64x64xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<2x4x64x64xf32>) {
          %3 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<2x4x64x64xf32>) {
            %4 = scf.if %true -> (tensor<2x4x64x64xf32>) {
              %extracted = tensor.extract %arg0[%arg3, %arg5, %arg7, %arg9] : tensor<2x4x64x64xf32>
              %extracted_0 = tensor.extract %arg1[%arg3, %arg5, %arg7] : tensor<2x4x64xf32>
              %5 = arith.mulf %extracted, %extracted_0 : f32
              %inserted = tensor.insert %5 into %arg10[%arg3, %arg5, %arg7, %arg9] : tensor<2x4x64x64xf32>
              scf.yield %inserted : tensor<2x4x64x64xf32>
            } else {
              scf.yield %arg10 : tensor<2x4x64x64xf32>
            }
            scf.yield %4 : tensor<2x4x64x64xf32>
          }
          scf.yield %3 : tensor<2x4x64x64xf32>
        }
        scf.yield %2 : tensor<2x4x64x64xf32>
      }
      scf.yield %1 : tensor<2x4x64x64xf32>
    }
    return %0 : tensor<2x4x64x64xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<32768xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %true = arith.constant true
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<32768xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<32768xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<32768xf32>) {
          %3 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<32768xf32>) {
            %4 = scf.if %true -> (tensor<32768xf32>) {
              %5 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7, %arg9)
              %extracted = tensor.extract %arg0[%5] : tensor<32768xf32>
              %6 = xla.apply_indexing #indexing_map1(%arg3, %arg5, %arg7)
              %extracted_0 = tensor.extract %arg1[%6] : tensor<512xf32>
              %7 = arith.mulf %extracted, %extracted_0 : f32
              %8 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7, %arg9)
              %inserted = tensor.insert %7 into %arg10[%8] : tensor<32768xf32>
              scf.yield %inserted : tensor<32768xf32>
            } else {
              scf.yield %arg10 : tensor<32768xf32>
            }
            scf.yield %4 : tensor<32768xf32>
          }
          scf.yield %3 : tensor<32768xf32>
        }
        scf.yield %2 : tensor<32768xf32>
      }
      scf.yield %1 : tensor<32768xf32>
    }
    return %0 : tensor<32768xf32>
  }
}


// -----// IR Dump Before UnswitchLoopsPass: xla-unswitch-loops ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<32768xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %true = arith.constant true
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<32768xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<32768xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<32768xf32>) {
          %3 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<32768xf32>) {
            %4 = scf.if %true -> (tensor<32768xf32>) {
              %5 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7, %arg9)
              %extracted = tensor.extract %arg0[%5] : tensor<32768xf32>
              %6 = xla.apply_indexing #indexing_map1(%arg3, %arg5, %arg7)
              %extracted_0 = tensor.extract %arg1[%6] : tensor<512xf32>
              %7 = arith.mulf %extracted, %extracted_0 : f32
              %8 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7, %arg9)
              %inserted = tensor.insert %7 into %arg10[%8] : tensor<32768xf32>
              scf.yield %inserted : tensor<32768xf32>
            } else {
              scf.yield %arg10 : tensor<32768xf32>
            }
            scf.yield %4 : tensor<32768xf32>
          }
          scf.yield %3 : tensor<32768xf32>
        }
        scf.yield %2 : tensor<32768xf32>
      }
      scf.yield %1 : tensor<32768xf32>
    }
    return %0 : tensor<32768xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<32768xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<32768xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<32768xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<32768xf32>) {
          %3 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<32768xf32>) {
            %4 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7, %arg9)
            %extracted = tensor.extract %arg0[%4] : tensor<32768xf32>
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg5, %arg7)
            %extracted_0 = tensor.extract %arg1[%5] : tensor<512xf32>
            %6 = arith.mulf %extracted, %extracted_0 : f32
            %7 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7, %arg9)
            %inserted = tensor.insert %6 into %arg10[%7] : tensor<32768xf32>
            scf.yield %inserted : tensor<32768xf32>
          }
          scf.yield %3 : tensor<32768xf32>
        }
        scf.yield %2 : tensor<32768xf32>
      }
      scf.yield %1 : tensor<32768xf32>
    }
    return %0 : tensor<32768xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<32768xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<32768xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<32768xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<32768xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7)
          %extracted = tensor.extract %arg1[%3] : tensor<512xf32>
          %4 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<32768xf32>) {
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg5, %arg7, %arg9)
            %extracted_0 = tensor.extract %arg0[%5] : tensor<32768xf32>
            %6 = arith.mulf %extracted_0, %extracted : f32
            %7 = xla.apply_indexing #indexing_map1(%arg3, %arg5, %arg7, %arg9)
            %inserted = tensor.insert %6 into %arg10[%7] : tensor<32768xf32>
            scf.yield %inserted : tensor<32768xf32>
          }
          scf.yield %4 : tensor<32768xf32>
        }
        scf.yield %2 : tensor<32768xf32>
      }
      scf.yield %1 : tensor<32768xf32>
    }
    return %0 : tensor<32768xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<32768xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<32768xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<32768xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<32768xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7)
          %extracted = tensor.extract %arg1[%3] : tensor<512xf32>
          %4 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<32768xf32>) {
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg5, %arg7, %arg9)
            %extracted_0 = tensor.extract %arg0[%5] : tensor<32768xf32>
            %6 = arith.mulf %extracted_0, %extracted : f32
            %7 = xla.apply_indexing #indexing_map1(%arg3, %arg5, %arg7, %arg9)
            %inserted = tensor.insert %6 into %arg10[%7] : tensor<32768xf32>
            scf.yield %inserted : tensor<32768xf32>
          }
          scf.yield %4 : tensor<32768xf32>
        }
        scf.yield %2 : tensor<32768xf32>
      }
      scf.yield %1 : tensor<32768xf32>
    }
    return %0 : tensor<32768xf32>
  }
}


// -----// IR Dump Before AddLoopUnrollFlagsPass: xla-cpu-add-loop-unroll-flags{max_nested_iterations=1} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<32768xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<32768xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<32768xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<32768xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7)
          %extracted = tensor.extract %arg1[%3] : tensor<512xf32>
          %4 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<32768xf32>) {
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg5, %arg7, %arg9)
            %extracted_0 = tensor.extract %arg0[%5] : tensor<32768xf32>
            %6 = arith.mulf %extracted_0, %extracted : f32
            %inserted = tensor.insert %6 into %arg10[%5] : tensor<32768xf32>
            scf.yield %inserted : tensor<32768xf32>
          }
          scf.yield %4 : tensor<32768xf32>
        }
        scf.yield %2 : tensor<32768xf32>
      }
      scf.yield %1 : tensor<32768xf32>
    }
    return %0 : tensor<32768xf32>
  }
}


// -----// IR Dump Before xla::cpu::ModuleCallbackPass: unknown<xla::cpu::ModuleCallbackPass> ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<32768xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<32768xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<32768xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<32768xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7)
          %extracted = tensor.extract %arg1[%3] : tensor<512xf32>
          %4 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<32768xf32>) {
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg5, %arg7, %arg9)
            %extracted_0 = tensor.extract %arg0[%5] : tensor<32768xf32>
            %6 = arith.mulf %extracted_0, %extracted : f32
            %inserted = tensor.insert %6 into %arg10[%5] : tensor<32768xf32>
            scf.yield %inserted : tensor<32768xf32>
          }
          scf.yield %4 : tensor<32768xf32>
        } {loop_annotation = #loop_annotation}
        scf.yield %2 : tensor<32768xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<32768xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<32768xf32>
  }
}


// -----// IR Dump Before ConvertPureCallOpsPass: xla-convert-pure-call-ops ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<32768xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<32768xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<32768xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<32768xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7)
          %extracted = tensor.extract %arg1[%3] : tensor<512xf32>
          %4 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<32768xf32>) {
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg5, %arg7, %arg9)
            %extracted_0 = tensor.extract %arg0[%5] : tensor<32768xf32>
            %6 = arith.mulf %extracted_0, %extracted : f32
            %inserted = tensor.insert %6 into %arg10[%5] : tensor<32768xf32>
            scf.yield %inserted : tensor<32768xf32>
          }
          scf.yield %4 : tensor<32768xf32>
        } {loop_annotation = #loop_annotation}
        scf.yield %2 : tensor<32768xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<32768xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<32768xf32>
  }
}


// -----// IR Dump Before LowerToLLVMPass: xla-cpu-lower-to-llvm{prefer_vector_width=256} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}) -> tensor<32768xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg3 = %c0 to %c2 step %c1 iter_args(%arg4 = %arg2) -> (tensor<32768xf32>) {
      %1 = scf.for %arg5 = %c0 to %c4 step %c1 iter_args(%arg6 = %arg4) -> (tensor<32768xf32>) {
        %2 = scf.for %arg7 = %c0 to %c64 step %c1 iter_args(%arg8 = %arg6) -> (tensor<32768xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg3, %arg5, %arg7)
          %extracted = tensor.extract %arg1[%3] : tensor<512xf32>
          %4 = scf.for %arg9 = %c0 to %c64 step %c1 iter_args(%arg10 = %arg8) -> (tensor<32768xf32>) {
            %5 = xla.apply_indexing #indexing_map1(%arg3, %arg5, %arg7, %arg9)
            %extracted_0 = tensor.extract %arg0[%5] : tensor<32768xf32>
            %6 = arith.mulf %extracted_0, %extracted : f32
            %inserted = tensor.insert %6 into %arg10[%5] : tensor<32768xf32>
            scf.yield %inserted : tensor<32768xf32>
          }
          scf.yield %4 : tensor<32768xf32>
        } {loop_annotation = #loop_annotation}
        scf.yield %2 : tensor<32768xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<32768xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<32768xf32>
  }
}


// -----// IR Dump Before LowerTensorsPass: xla-lower-tensors{gpu_device_info= target_type=cpu} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = builtin.unrealized_conversion_cast %4 : !llvm.ptr to tensor<32768xf32>
    %6 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %7 = llvm.load %6 invariant : !llvm.ptr -> !llvm.ptr
    %8 = llvm.getelementptr inbounds %7[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %9 = llvm.load %8 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.ptr to tensor<512xf32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %15 = builtin.unrealized_conversion_cast %14 : !llvm.ptr to tensor<32768xf32>
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
    %31 = call @broadcast_multiply_fusion_wrapped(%5, %10, %15, %20, %25, %30) : (tensor<32768xf32>, tensor<512xf32>, tensor<32768xf32>, index, index, index) -> tensor<32768xf32>
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: tensor<512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<32768xf32> {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg3: index, %arg4: index, %arg5: index) -> tensor<32768xf32> attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c64 = arith.constant 64 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg6 = %c0 to %c2 step %c1 iter_args(%arg7 = %arg2) -> (tensor<32768xf32>) {
      %1 = scf.for %arg8 = %c0 to %c4 step %c1 iter_args(%arg9 = %arg7) -> (tensor<32768xf32>) {
        %2 = scf.for %arg10 = %c0 to %c64 step %c1 iter_args(%arg11 = %arg9) -> (tensor<32768xf32>) {
          %3 = xla.apply_indexing #indexing_map(%arg6, %arg8, %arg10)
          %extracted = tensor.extract %arg1[%3] : tensor<512xf32>
          %4 = scf.for %arg12 = %c0 to %c64 step %c1 iter_args(%arg13 = %arg11) -> (tensor<32768xf32>) {
            %5 = xla.apply_indexing #indexing_map1(%arg6, %arg8, %arg10, %arg12)
            %extracted_0 = tensor.extract %arg0[%5] : tensor<32768xf32>
            %6 = arith.mulf %extracted_0, %extracted : f32
            %inserted = tensor.insert %6 into %arg13[%5] : tensor<32768xf32>
            scf.yield %inserted : tensor<32768xf32>
          }
          scf.yield %4 : tensor<32768xf32>
        } {loop_annotation = #loop_annotation}
        scf.yield %2 : tensor<32768xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %1 : tensor<32768xf32>
    } {loop_annotation = #loop_annotation}
    return %0 : tensor<32768xf32>
  }
}


// -----// IR Dump Before ConvertComplexToStandardPass: convert-complex-to-standard{complex-range=improved} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %0 = xla.apply_indexing #indexing_map(%arg6, %arg7, %arg8)
          %1 = arith.index_castui %0 : index to i64
          %2 = llvm.getelementptr inbounds %arg1[0, %1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %3 = llvm.load %2 invariant : !llvm.ptr -> f32
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %4 = xla.apply_indexing #indexing_map1(%arg6, %arg7, %arg8, %arg9)
            %5 = arith.index_castui %4 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %7 = llvm.load %6 : !llvm.ptr -> f32
            %8 = arith.mulf %7, %3 : f32
            %9 = arith.index_castui %4 : index to i64
            %10 = llvm.getelementptr inbounds %arg2[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            llvm.store %8, %10 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before MergePointersToSameSlicePass: xla-merge-pointers ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, xla.slice_index = 0 : index}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %0 = xla.apply_indexing #indexing_map(%arg6, %arg7, %arg8)
          %1 = arith.index_castui %0 : index to i64
          %2 = llvm.getelementptr inbounds %arg1[0, %1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %3 = llvm.load %2 invariant : !llvm.ptr -> f32
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %4 = xla.apply_indexing #indexing_map1(%arg6, %arg7, %arg8, %arg9)
            %5 = arith.index_castui %4 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %7 = llvm.load %6 : !llvm.ptr -> f32
            %8 = arith.mulf %7, %3 : f32
            %9 = arith.index_castui %4 : index to i64
            %10 = llvm.getelementptr inbounds %arg2[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            llvm.store %8, %10 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %0 = xla.apply_indexing #indexing_map(%arg6, %arg7, %arg8)
          %1 = arith.index_castui %0 : index to i64
          %2 = llvm.getelementptr inbounds %arg1[0, %1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %3 = llvm.load %2 invariant : !llvm.ptr -> f32
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %4 = xla.apply_indexing #indexing_map1(%arg6, %arg7, %arg8, %arg9)
            %5 = arith.index_castui %4 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %7 = llvm.load %6 : !llvm.ptr -> f32
            %8 = arith.mulf %7, %3 : f32
            %9 = arith.index_castui %4 : index to i64
            %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            llvm.store %8, %10 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %8, %12, %17, %22, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %0 = xla.apply_indexing #indexing_map(%arg6, %arg7, %arg8)
          %1 = arith.index_castui %0 : index to i64
          %2 = llvm.getelementptr inbounds %arg1[0, %1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %3 = llvm.load %2 invariant : !llvm.ptr -> f32
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %4 = xla.apply_indexing #indexing_map1(%arg6, %arg7, %arg8, %arg9)
            %5 = arith.index_castui %4 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %7 = llvm.load %6 : !llvm.ptr -> f32
            %8 = arith.mulf %7, %3 : f32
            %9 = arith.index_castui %4 : index to i64
            %10 = llvm.getelementptr inbounds %arg0[0, %9] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            llvm.store %8, %10 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %0 = xla.apply_indexing #indexing_map(%arg6, %arg7, %arg8)
          %1 = arith.index_castui %0 : index to i64
          %2 = llvm.getelementptr inbounds %arg1[0, %1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %3 = llvm.load %2 invariant : !llvm.ptr -> f32
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %4 = xla.apply_indexing #indexing_map1(%arg6, %arg7, %arg8, %arg9)
            %5 = arith.index_castui %4 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %7 = llvm.load %6 : !llvm.ptr -> f32
            %8 = arith.mulf %7, %3 : f32
            llvm.store %8, %6 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @broadcast_multiply_fusion_wrapped) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %0 = xla.apply_indexing #indexing_map(%arg6, %arg7, %arg8)
          %1 = arith.index_castui %0 : index to i64
          %2 = llvm.getelementptr inbounds %arg1[0, %1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %3 = llvm.load %2 invariant : !llvm.ptr -> f32
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %4 = xla.apply_indexing #indexing_map1(%arg6, %arg7, %arg8, %arg9)
            %5 = arith.index_castui %4 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %7 = llvm.load %6 : !llvm.ptr -> f32
            %8 = arith.mulf %7, %3 : f32
            llvm.store %8, %6 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandIntegerPowerPass: xla-expand-integer-power ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %0 = xla.apply_indexing #indexing_map(%arg6, %arg7, %arg8)
          %1 = arith.index_castui %0 : index to i64
          %2 = llvm.getelementptr inbounds %arg1[0, %1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %3 = llvm.load %2 invariant : !llvm.ptr -> f32
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %4 = xla.apply_indexing #indexing_map1(%arg6, %arg7, %arg8, %arg9)
            %5 = arith.index_castui %4 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %7 = llvm.load %6 : !llvm.ptr -> f32
            %8 = arith.mulf %7, %3 : f32
            llvm.store %8, %6 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SimplifyAffinePass: xla-simplify-affine ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(d0, d1, d2) -> (d0 * 256 + d1 * 64 + d2), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, d1, d2, d3) -> (d0 * 16384 + d1 * 4096 + d2 * 64 + d3), domain: d0 in [0, 1], d1 in [0, 3], d2 in [0, 63], d3 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %0 = xla.apply_indexing #indexing_map(%arg6, %arg7, %arg8)
          %1 = arith.index_castui %0 : index to i64
          %2 = llvm.getelementptr inbounds %arg1[0, %1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %3 = llvm.load %2 invariant : !llvm.ptr -> f32
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %4 = xla.apply_indexing #indexing_map1(%arg6, %arg7, %arg8, %arg9)
            %5 = arith.index_castui %4 : index to i64
            %6 = llvm.getelementptr inbounds %arg0[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %7 = llvm.load %6 : !llvm.ptr -> f32
            %8 = arith.mulf %7, %3 : f32
            llvm.store %8, %6 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %0 = arith.muli %arg6, %c256 overflow<nsw> : index
          %1 = arith.muli %arg7, %c64 overflow<nsw> : index
          %2 = arith.addi %0, %1 overflow<nsw> : index
          %3 = arith.addi %2, %arg8 overflow<nsw> : index
          %4 = arith.index_castui %3 : index to i64
          %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %6 = llvm.load %5 invariant : !llvm.ptr -> f32
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %7 = arith.muli %arg6, %c16384 overflow<nsw> : index
            %8 = arith.muli %arg7, %c4096 overflow<nsw> : index
            %9 = arith.addi %7, %8 overflow<nsw> : index
            %10 = arith.muli %arg8, %c64 overflow<nsw> : index
            %11 = arith.addi %9, %10 overflow<nsw> : index
            %12 = arith.addi %11, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %15 = llvm.load %14 : !llvm.ptr -> f32
            %16 = arith.mulf %15, %6 : f32
            llvm.store %16, %14 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %0 = arith.muli %arg6, %c256 overflow<nsw> : index
          %1 = arith.muli %arg7, %c64 overflow<nsw> : index
          %2 = arith.addi %0, %1 overflow<nsw> : index
          %3 = arith.addi %2, %arg8 overflow<nsw> : index
          %4 = arith.index_castui %3 : index to i64
          %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %6 = llvm.load %5 invariant : !llvm.ptr -> f32
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %7 = arith.muli %arg6, %c16384 overflow<nsw> : index
            %8 = arith.muli %arg7, %c4096 overflow<nsw> : index
            %9 = arith.addi %7, %8 overflow<nsw> : index
            %10 = arith.muli %arg8, %c64 overflow<nsw> : index
            %11 = arith.addi %9, %10 overflow<nsw> : index
            %12 = arith.addi %11, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %15 = llvm.load %14 : !llvm.ptr -> f32
            %16 = arith.mulf %15, %6 : f32
            llvm.store %16, %14 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      scf.for %arg7 = %c0 to %c4 step %c1 {
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %0 = arith.muli %arg6, %c256 overflow<nsw> : index
          %1 = arith.muli %arg7, %c64 overflow<nsw> : index
          %2 = arith.addi %0, %1 overflow<nsw> : index
          %3 = arith.addi %2, %arg8 overflow<nsw> : index
          %4 = arith.index_castui %3 : index to i64
          %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %6 = llvm.load %5 invariant : !llvm.ptr -> f32
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %7 = arith.muli %arg6, %c16384 overflow<nsw> : index
            %8 = arith.muli %arg7, %c4096 overflow<nsw> : index
            %9 = arith.addi %7, %8 overflow<nsw> : index
            %10 = arith.muli %arg8, %c64 overflow<nsw> : index
            %11 = arith.addi %9, %10 overflow<nsw> : index
            %12 = arith.addi %11, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %15 = llvm.load %14 : !llvm.ptr -> f32
            %16 = arith.mulf %15, %6 : f32
            llvm.store %16, %14 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SymbolDCEPass: symbol-dce ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c256 overflow<nsw> : index
      %1 = arith.muli %arg6, %c16384 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c64 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c4096 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.addi %3, %arg8 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.muli %arg8, %c64 overflow<nsw> : index
          %11 = arith.addi %5, %10 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %12 = arith.addi %11, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %15 = llvm.load %14 : !llvm.ptr -> f32
            %16 = arith.mulf %15, %9 : f32
            llvm.store %16, %14 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c256 overflow<nsw> : index
      %1 = arith.muli %arg6, %c16384 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c64 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c4096 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.addi %3, %arg8 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.muli %arg8, %c64 overflow<nsw> : index
          %11 = arith.addi %5, %10 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %12 = arith.addi %11, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %15 = llvm.load %14 : !llvm.ptr -> f32
            %16 = arith.mulf %15, %9 : f32
            llvm.store %16, %14 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @broadcast_multiply_fusion) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c256 overflow<nsw> : index
      %1 = arith.muli %arg6, %c16384 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c64 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c4096 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.addi %3, %arg8 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.muli %arg8, %c64 overflow<nsw> : index
          %11 = arith.addi %5, %10 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %12 = arith.addi %11, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %15 = llvm.load %14 : !llvm.ptr -> f32
            %16 = arith.mulf %15, %9 : f32
            llvm.store %16, %14 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-cpu-expand-float-ops ('func.func' operation: @broadcast_multiply_fusion_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c256 overflow<nsw> : index
      %1 = arith.muli %arg6, %c16384 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c64 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c4096 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.addi %3, %arg8 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.muli %arg8, %c64 overflow<nsw> : index
          %11 = arith.addi %5, %10 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %12 = arith.addi %11, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %15 = llvm.load %14 : !llvm.ptr -> f32
            %16 = arith.mulf %15, %9 : f32
            llvm.store %16, %14 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-expand-float-ops{approximate_tanh=false} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c256 overflow<nsw> : index
      %1 = arith.muli %arg6, %c16384 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c64 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c4096 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.addi %3, %arg8 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.muli %arg8, %c64 overflow<nsw> : index
          %11 = arith.addi %5, %10 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %12 = arith.addi %11, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %15 = llvm.load %14 : !llvm.ptr -> f32
            %16 = arith.mulf %15, %9 : f32
            llvm.store %16, %14 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c256 overflow<nsw> : index
      %1 = arith.muli %arg6, %c16384 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c64 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c4096 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.addi %3, %arg8 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.muli %arg8, %c64 overflow<nsw> : index
          %11 = arith.addi %5, %10 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %12 = arith.addi %11, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %15 = llvm.load %14 : !llvm.ptr -> f32
            %16 = arith.mulf %15, %9 : f32
            llvm.store %16, %14 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c256 overflow<nsw> : index
      %1 = arith.muli %arg6, %c16384 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c64 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c4096 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.addi %3, %arg8 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.muli %arg8, %c64 overflow<nsw> : index
          %11 = arith.addi %5, %10 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %12 = arith.addi %11, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %15 = llvm.load %14 : !llvm.ptr -> f32
            %16 = arith.mulf %15, %9 : f32
            llvm.store %16, %14 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before SCFToControlFlowPass: convert-scf-to-cf{allow-pattern-rollback=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    scf.for %arg6 = %c0 to %c2 step %c1 {
      %0 = arith.muli %arg6, %c256 overflow<nsw> : index
      %1 = arith.muli %arg6, %c16384 overflow<nsw> : index
      scf.for %arg7 = %c0 to %c4 step %c1 {
        %2 = arith.muli %arg7, %c64 overflow<nsw> : index
        %3 = arith.addi %0, %2 overflow<nsw> : index
        %4 = arith.muli %arg7, %c4096 overflow<nsw> : index
        %5 = arith.addi %1, %4 overflow<nsw> : index
        scf.for %arg8 = %c0 to %c64 step %c1 {
          %6 = arith.addi %3, %arg8 overflow<nsw> : index
          %7 = arith.index_castui %6 : index to i64
          %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
          %9 = llvm.load %8 invariant : !llvm.ptr -> f32
          %10 = arith.muli %arg8, %c64 overflow<nsw> : index
          %11 = arith.addi %5, %10 overflow<nsw> : index
          scf.for %arg9 = %c0 to %c64 step %c1 {
            %12 = arith.addi %11, %arg9 overflow<nsw> : index
            %13 = arith.index_castui %12 : index to i64
            %14 = llvm.getelementptr inbounds %arg0[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
            %15 = llvm.load %14 : !llvm.ptr -> f32
            %16 = arith.mulf %15, %9 : f32
            llvm.store %16, %14 : f32, !llvm.ptr
          }
        } {loop_annotation = #loop_annotation}
      } {loop_annotation = #loop_annotation}
    } {loop_annotation = #loop_annotation}
    return
  }
}


// -----// IR Dump Before LowerXlaIntrinsicLibPass: xla-lower-xla-intrinsic-lib ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c2 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %2 = arith.muli %0, %c256 overflow<nsw> : index
    %3 = arith.muli %0, %c16384 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb10
    %5 = arith.cmpi slt, %4, %c4 : index
    cf.cond_br %5, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %6 = arith.muli %4, %c64 overflow<nsw> : index
    %7 = arith.addi %2, %6 overflow<nsw> : index
    %8 = arith.muli %4, %c4096 overflow<nsw> : index
    %9 = arith.addi %3, %8 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%10: index):  // 2 preds: ^bb4, ^bb9
    %11 = arith.cmpi slt, %10, %c64 : index
    cf.cond_br %11, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %12 = arith.addi %7, %10 overflow<nsw> : index
    %13 = arith.index_castui %12 : index to i64
    %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.muli %10, %c64 overflow<nsw> : index
    %17 = arith.addi %9, %16 overflow<nsw> : index
    cf.br ^bb7(%c0 : index)
  ^bb7(%18: index):  // 2 preds: ^bb6, ^bb8
    %19 = arith.cmpi slt, %18, %c64 : index
    cf.cond_br %19, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %20 = arith.addi %17, %18 overflow<nsw> : index
    %21 = arith.index_castui %20 : index to i64
    %22 = llvm.getelementptr inbounds %arg0[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.mulf %23, %15 : f32
    llvm.store %24, %22 : f32, !llvm.ptr
    %25 = arith.addi %18, %c1 : index
    cf.br ^bb7(%25 : index)
  ^bb9:  // pred: ^bb7
    %26 = arith.addi %10, %c1 : index
    cf.br ^bb5(%26 : index) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %27 = arith.addi %4, %c1 : index
    cf.br ^bb3(%27 : index) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %28 = arith.addi %0, %c1 : index
    cf.br ^bb1(%28 : index) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c2 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %2 = arith.muli %0, %c256 overflow<nsw> : index
    %3 = arith.muli %0, %c16384 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb10
    %5 = arith.cmpi slt, %4, %c4 : index
    cf.cond_br %5, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %6 = arith.muli %4, %c64 overflow<nsw> : index
    %7 = arith.addi %2, %6 overflow<nsw> : index
    %8 = arith.muli %4, %c4096 overflow<nsw> : index
    %9 = arith.addi %3, %8 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%10: index):  // 2 preds: ^bb4, ^bb9
    %11 = arith.cmpi slt, %10, %c64 : index
    cf.cond_br %11, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %12 = arith.addi %7, %10 overflow<nsw> : index
    %13 = arith.index_castui %12 : index to i64
    %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.muli %10, %c64 overflow<nsw> : index
    %17 = arith.addi %9, %16 overflow<nsw> : index
    cf.br ^bb7(%c0 : index)
  ^bb7(%18: index):  // 2 preds: ^bb6, ^bb8
    %19 = arith.cmpi slt, %18, %c64 : index
    cf.cond_br %19, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %20 = arith.addi %17, %18 overflow<nsw> : index
    %21 = arith.index_castui %20 : index to i64
    %22 = llvm.getelementptr inbounds %arg0[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.mulf %23, %15 : f32
    llvm.store %24, %22 : f32, !llvm.ptr
    %25 = arith.addi %18, %c1 : index
    cf.br ^bb7(%25 : index)
  ^bb9:  // pred: ^bb7
    %26 = arith.addi %10, %c1 : index
    cf.br ^bb5(%26 : index) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %27 = arith.addi %4, %c1 : index
    cf.br ^bb3(%27 : index) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %28 = arith.addi %0, %c1 : index
    cf.br ^bb1(%28 : index) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLLVMPass: convert-math-to-llvm{approximate-log1p=false} ('func.func' operation: @broadcast_multiply_fusion_wrapped) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c2 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %2 = arith.muli %0, %c256 overflow<nsw> : index
    %3 = arith.muli %0, %c16384 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb10
    %5 = arith.cmpi slt, %4, %c4 : index
    cf.cond_br %5, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %6 = arith.muli %4, %c64 overflow<nsw> : index
    %7 = arith.addi %2, %6 overflow<nsw> : index
    %8 = arith.muli %4, %c4096 overflow<nsw> : index
    %9 = arith.addi %3, %8 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%10: index):  // 2 preds: ^bb4, ^bb9
    %11 = arith.cmpi slt, %10, %c64 : index
    cf.cond_br %11, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %12 = arith.addi %7, %10 overflow<nsw> : index
    %13 = arith.index_castui %12 : index to i64
    %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.muli %10, %c64 overflow<nsw> : index
    %17 = arith.addi %9, %16 overflow<nsw> : index
    cf.br ^bb7(%c0 : index)
  ^bb7(%18: index):  // 2 preds: ^bb6, ^bb8
    %19 = arith.cmpi slt, %18, %c64 : index
    cf.cond_br %19, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %20 = arith.addi %17, %18 overflow<nsw> : index
    %21 = arith.index_castui %20 : index to i64
    %22 = llvm.getelementptr inbounds %arg0[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.mulf %23, %15 : f32
    llvm.store %24, %22 : f32, !llvm.ptr
    %25 = arith.addi %18, %c1 : index
    cf.br ^bb7(%25 : index)
  ^bb9:  // pred: ^bb7
    %26 = arith.addi %10, %c1 : index
    cf.br ^bb5(%26 : index) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %27 = arith.addi %4, %c1 : index
    cf.br ^bb3(%27 : index) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %28 = arith.addi %0, %c1 : index
    cf.br ^bb1(%28 : index) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ConvertMathToLibmPass: convert-math-to-libm ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c2 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %2 = arith.muli %0, %c256 overflow<nsw> : index
    %3 = arith.muli %0, %c16384 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb10
    %5 = arith.cmpi slt, %4, %c4 : index
    cf.cond_br %5, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %6 = arith.muli %4, %c64 overflow<nsw> : index
    %7 = arith.addi %2, %6 overflow<nsw> : index
    %8 = arith.muli %4, %c4096 overflow<nsw> : index
    %9 = arith.addi %3, %8 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%10: index):  // 2 preds: ^bb4, ^bb9
    %11 = arith.cmpi slt, %10, %c64 : index
    cf.cond_br %11, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %12 = arith.addi %7, %10 overflow<nsw> : index
    %13 = arith.index_castui %12 : index to i64
    %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.muli %10, %c64 overflow<nsw> : index
    %17 = arith.addi %9, %16 overflow<nsw> : index
    cf.br ^bb7(%c0 : index)
  ^bb7(%18: index):  // 2 preds: ^bb6, ^bb8
    %19 = arith.cmpi slt, %18, %c64 : index
    cf.cond_br %19, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %20 = arith.addi %17, %18 overflow<nsw> : index
    %21 = arith.index_castui %20 : index to i64
    %22 = llvm.getelementptr inbounds %arg0[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.mulf %23, %15 : f32
    llvm.store %24, %22 : f32, !llvm.ptr
    %25 = arith.addi %18, %c1 : index
    cf.br ^bb7(%25 : index)
  ^bb9:  // pred: ^bb7
    %26 = arith.addi %10, %c1 : index
    cf.br ^bb5(%26 : index) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %27 = arith.addi %4, %c1 : index
    cf.br ^bb3(%27 : index) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %28 = arith.addi %0, %c1 : index
    cf.br ^bb1(%28 : index) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before LowerToLLVMCPUPass: xla-lower-to-llvm-cpu ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %13, %16, %19) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, index, index, index) -> ()
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c4096 = arith.constant 4096 : index
    %c16384 = arith.constant 16384 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c64 = arith.constant 64 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c2 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %2 = arith.muli %0, %c256 overflow<nsw> : index
    %3 = arith.muli %0, %c16384 overflow<nsw> : index
    cf.br ^bb3(%c0 : index)
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb10
    %5 = arith.cmpi slt, %4, %c4 : index
    cf.cond_br %5, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %6 = arith.muli %4, %c64 overflow<nsw> : index
    %7 = arith.addi %2, %6 overflow<nsw> : index
    %8 = arith.muli %4, %c4096 overflow<nsw> : index
    %9 = arith.addi %3, %8 overflow<nsw> : index
    cf.br ^bb5(%c0 : index)
  ^bb5(%10: index):  // 2 preds: ^bb4, ^bb9
    %11 = arith.cmpi slt, %10, %c64 : index
    cf.cond_br %11, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %12 = arith.addi %7, %10 overflow<nsw> : index
    %13 = arith.index_castui %12 : index to i64
    %14 = llvm.getelementptr inbounds %arg1[0, %13] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
    %15 = llvm.load %14 invariant : !llvm.ptr -> f32
    %16 = arith.muli %10, %c64 overflow<nsw> : index
    %17 = arith.addi %9, %16 overflow<nsw> : index
    cf.br ^bb7(%c0 : index)
  ^bb7(%18: index):  // 2 preds: ^bb6, ^bb8
    %19 = arith.cmpi slt, %18, %c64 : index
    cf.cond_br %19, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %20 = arith.addi %17, %18 overflow<nsw> : index
    %21 = arith.index_castui %20 : index to i64
    %22 = llvm.getelementptr inbounds %arg0[0, %21] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.mulf %23, %15 : f32
    llvm.store %24, %22 : f32, !llvm.ptr
    %25 = arith.addi %18, %c1 : index
    cf.br ^bb7(%25 : index)
  ^bb9:  // pred: ^bb7
    %26 = arith.addi %10, %c1 : index
    cf.br ^bb5(%26 : index) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %27 = arith.addi %4, %c1 : index
    cf.br ^bb3(%27 : index) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %28 = arith.addi %0, %c1 : index
    cf.br ^bb1(%28 : index) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    return
  }
}


// -----// IR Dump Before ReconcileUnrealizedCastsPass: reconcile-unrealized-casts ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
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
    llvm.call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %12, %15, %18) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(4096 : index) : i64
    %1 = llvm.mlir.constant(16384 : index) : i64
    %2 = llvm.mlir.constant(256 : index) : i64
    %3 = llvm.mlir.constant(1 : index) : i64
    %4 = llvm.mlir.constant(0 : index) : i64
    %5 = llvm.mlir.constant(2 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(64 : index) : i64
    llvm.br ^bb1(%4 : i64)
  ^bb1(%8: i64):  // 2 preds: ^bb0, ^bb11
    %9 = llvm.icmp "slt" %8, %5 : i64
    llvm.cond_br %9, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %10 = llvm.mul %8, %2 overflow<nsw> : i64
    %11 = llvm.mul %8, %1 overflow<nsw> : i64
    llvm.br ^bb3(%4 : i64)
  ^bb3(%12: i64):  // 2 preds: ^bb2, ^bb10
    %13 = llvm.icmp "slt" %12, %6 : i64
    llvm.cond_br %13, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %14 = llvm.mul %12, %7 overflow<nsw> : i64
    %15 = llvm.add %10, %14 overflow<nsw> : i64
    %16 = llvm.mul %12, %0 overflow<nsw> : i64
    %17 = llvm.add %11, %16 overflow<nsw> : i64
    llvm.br ^bb5(%4 : i64)
  ^bb5(%18: i64):  // 2 preds: ^bb4, ^bb9
    %19 = llvm.icmp "slt" %18, %7 : i64
    llvm.cond_br %19, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %20 = llvm.add %15, %18 overflow<nsw> : i64
    %21 = llvm.getelementptr inbounds %arg1[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
    %22 = llvm.load %21 invariant : !llvm.ptr -> f32
    %23 = llvm.mul %18, %7 overflow<nsw> : i64
    %24 = llvm.add %17, %23 overflow<nsw> : i64
    llvm.br ^bb7(%4 : i64)
  ^bb7(%25: i64):  // 2 preds: ^bb6, ^bb8
    %26 = llvm.icmp "slt" %25, %7 : i64
    llvm.cond_br %26, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %27 = llvm.add %24, %25 overflow<nsw> : i64
    %28 = llvm.getelementptr inbounds %arg0[0, %27] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
    %29 = llvm.load %28 : !llvm.ptr -> f32
    %30 = llvm.fmul %29, %22 : f32
    llvm.store %30, %28 : f32, !llvm.ptr
    %31 = llvm.add %25, %3 : i64
    llvm.br ^bb7(%31 : i64)
  ^bb9:  // pred: ^bb7
    %32 = llvm.add %18, %3 : i64
    llvm.br ^bb5(%32 : i64) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %33 = llvm.add %12, %3 : i64
    llvm.br ^bb3(%33 : i64) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %34 = llvm.add %8, %3 : i64
    llvm.br ^bb1(%34 : i64) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    llvm.call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %12, %14, %16) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(4096 : index) : i64
    %1 = llvm.mlir.constant(16384 : index) : i64
    %2 = llvm.mlir.constant(256 : index) : i64
    %3 = llvm.mlir.constant(1 : index) : i64
    %4 = llvm.mlir.constant(0 : index) : i64
    %5 = llvm.mlir.constant(2 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(64 : index) : i64
    llvm.br ^bb1(%4 : i64)
  ^bb1(%8: i64):  // 2 preds: ^bb0, ^bb11
    %9 = llvm.icmp "slt" %8, %5 : i64
    llvm.cond_br %9, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %10 = llvm.mul %8, %2 overflow<nsw> : i64
    %11 = llvm.mul %8, %1 overflow<nsw> : i64
    llvm.br ^bb3(%4 : i64)
  ^bb3(%12: i64):  // 2 preds: ^bb2, ^bb10
    %13 = llvm.icmp "slt" %12, %6 : i64
    llvm.cond_br %13, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %14 = llvm.mul %12, %7 overflow<nsw> : i64
    %15 = llvm.add %10, %14 overflow<nsw> : i64
    %16 = llvm.mul %12, %0 overflow<nsw> : i64
    %17 = llvm.add %11, %16 overflow<nsw> : i64
    llvm.br ^bb5(%4 : i64)
  ^bb5(%18: i64):  // 2 preds: ^bb4, ^bb9
    %19 = llvm.icmp "slt" %18, %7 : i64
    llvm.cond_br %19, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %20 = llvm.add %15, %18 overflow<nsw> : i64
    %21 = llvm.getelementptr inbounds %arg1[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
    %22 = llvm.load %21 invariant : !llvm.ptr -> f32
    %23 = llvm.mul %18, %7 overflow<nsw> : i64
    %24 = llvm.add %17, %23 overflow<nsw> : i64
    llvm.br ^bb7(%4 : i64)
  ^bb7(%25: i64):  // 2 preds: ^bb6, ^bb8
    %26 = llvm.icmp "slt" %25, %7 : i64
    llvm.cond_br %26, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %27 = llvm.add %24, %25 overflow<nsw> : i64
    %28 = llvm.getelementptr inbounds %arg0[0, %27] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
    %29 = llvm.load %28 : !llvm.ptr -> f32
    %30 = llvm.fmul %29, %22 : f32
    llvm.store %30, %28 : f32, !llvm.ptr
    %31 = llvm.add %25, %3 : i64
    llvm.br ^bb7(%31 : i64)
  ^bb9:  // pred: ^bb7
    %32 = llvm.add %18, %3 : i64
    llvm.br ^bb5(%32 : i64) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %33 = llvm.add %12, %3 : i64
    llvm.br ^bb3(%33 : i64) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %34 = llvm.add %8, %3 : i64
    llvm.br ^bb1(%34 : i64) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    llvm.return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  llvm.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {frame_pointer = #llvm.framePointerKind<all>, passthrough = [["prefer-vector-width", "256"]], uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 2048> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 131072> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> i64
    %13 = llvm.getelementptr inbounds %10[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %14 = llvm.load %13 invariant : !llvm.ptr -> i64
    %15 = llvm.getelementptr inbounds %10[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"kernel_dim3", (i64, i64, i64)>
    %16 = llvm.load %15 invariant : !llvm.ptr -> i64
    llvm.call @broadcast_multiply_fusion_wrapped(%4, %6, %8, %12, %14, %16) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func internal @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 2048 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 131072 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(4096 : index) : i64
    %1 = llvm.mlir.constant(16384 : index) : i64
    %2 = llvm.mlir.constant(256 : index) : i64
    %3 = llvm.mlir.constant(1 : index) : i64
    %4 = llvm.mlir.constant(0 : index) : i64
    %5 = llvm.mlir.constant(2 : index) : i64
    %6 = llvm.mlir.constant(4 : index) : i64
    %7 = llvm.mlir.constant(64 : index) : i64
    llvm.br ^bb1(%4 : i64)
  ^bb1(%8: i64):  // 2 preds: ^bb0, ^bb11
    %9 = llvm.icmp "slt" %8, %5 : i64
    llvm.cond_br %9, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    %10 = llvm.mul %8, %2 overflow<nsw> : i64
    %11 = llvm.mul %8, %1 overflow<nsw> : i64
    llvm.br ^bb3(%4 : i64)
  ^bb3(%12: i64):  // 2 preds: ^bb2, ^bb10
    %13 = llvm.icmp "slt" %12, %6 : i64
    llvm.cond_br %13, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    %14 = llvm.mul %12, %7 overflow<nsw> : i64
    %15 = llvm.add %10, %14 overflow<nsw> : i64
    %16 = llvm.mul %12, %0 overflow<nsw> : i64
    %17 = llvm.add %11, %16 overflow<nsw> : i64
    llvm.br ^bb5(%4 : i64)
  ^bb5(%18: i64):  // 2 preds: ^bb4, ^bb9
    %19 = llvm.icmp "slt" %18, %7 : i64
    llvm.cond_br %19, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    %20 = llvm.add %15, %18 overflow<nsw> : i64
    %21 = llvm.getelementptr inbounds %arg1[0, %20] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<512 x f32>
    %22 = llvm.load %21 invariant : !llvm.ptr -> f32
    %23 = llvm.mul %18, %7 overflow<nsw> : i64
    %24 = llvm.add %17, %23 overflow<nsw> : i64
    llvm.br ^bb7(%4 : i64)
  ^bb7(%25: i64):  // 2 preds: ^bb6, ^bb8
    %26 = llvm.icmp "slt" %25, %7 : i64
    llvm.cond_br %26, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %27 = llvm.add %24, %25 overflow<nsw> : i64
    %28 = llvm.getelementptr inbounds %arg0[0, %27] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<32768 x f32>
    %29 = llvm.load %28 : !llvm.ptr -> f32
    %30 = llvm.fmul %29, %22 : f32
    llvm.store %30, %28 : f32, !llvm.ptr
    %31 = llvm.add %25, %3 : i64
    llvm.br ^bb7(%31 : i64)
  ^bb9:  // pred: ^bb7
    %32 = llvm.add %18, %3 : i64
    llvm.br ^bb5(%32 : i64) {loop_annotation = #loop_annotation}
  ^bb10:  // pred: ^bb5
    %33 = llvm.add %12, %3 : i64
    llvm.br ^bb3(%33 : i64) {loop_annotation = #loop_annotation}
  ^bb11:  // pred: ^bb3
    %34 = llvm.add %8, %3 : i64
    llvm.br ^bb1(%34 : i64) {loop_annotation = #loop_annotation}
  ^bb12:  // pred: ^bb1
    llvm.return
  }
}


