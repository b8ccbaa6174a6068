// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (bl_x * 64 + s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 1], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<128x512xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg6) -> (tensor<128x512xf32>) {
        %pure_call = xla.pure_call @fused_computation_2_multiply_1(%arg0, %arg1, %ra, %rb) : (tensor<128x512xf32>, tensor<128xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<128x512xf32>
        xla.yield %inserted : tensor<128x512xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0] [128, 512] [1, 1] : tensor<128x512xf32> into tensor<128x512xf32>
      }
    }
    return %3 : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(%arg0: tensor<128x512xf32>, %arg1: tensor<128xf32>, %arg2: index {xla.range = [0 : index, 127 : index]}, %arg3: index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<128x512xf32>
    %extracted_0 = tensor.extract %arg1[%arg2] : tensor<128xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @fused_computation_2_multiply_1) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (bl_x * 64 + s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 1], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<128x512xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg6) -> (tensor<128x512xf32>) {
        %pure_call = xla.pure_call @fused_computation_2_multiply_1(%arg0, %arg1, %ra, %rb) : (tensor<128x512xf32>, tensor<128xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<128x512xf32>
        xla.yield %inserted : tensor<128x512xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0] [128, 512] [1, 1] : tensor<128x512xf32> into tensor<128x512xf32>
      }
    }
    return %3 : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(%arg0: tensor<128x512xf32>, %arg1: tensor<128xf32>, %arg2: index {xla.range = [0 : index, 127 : index]}, %arg3: index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<128x512xf32>
    %extracted_0 = tensor.extract %arg1[%arg2] : tensor<128xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z)[s0, s1] -> (bl_x * 64 + s0, s1), domain: th_x in [0, 0], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 1], bl_y in [0, 0], bl_z in [0, 0], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (1, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<128x512xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg6) -> (tensor<128x512xf32>) {
        %pure_call = xla.pure_call @fused_computation_2_multiply_1(%arg0, %arg1, %ra, %rb) : (tensor<128x512xf32>, tensor<128xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<128x512xf32>
        xla.yield %inserted : tensor<128x512xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0] [128, 512] [1, 1] : tensor<128x512xf32> into tensor<128x512xf32>
      }
    }
    return %3 : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(%arg0: tensor<128x512xf32>, %arg1: tensor<128xf32>, %arg2: index {xla.range = [0 : index, 127 : index]}, %arg3: index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<128x512xf32>
    %extracted_0 = tensor.extract %arg1[%arg2] : tensor<128xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_multiply_1(%arg0, %arg1, %ra, %rb) : (tensor<128x512xf32>, tensor<128xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(%arg0: tensor<128x512xf32>, %arg1: tensor<128xf32>, %arg2: index {xla.range = [0 : index, 127 : index]}, %arg3: index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<128x512xf32>
    %extracted_0 = tensor.extract %arg1[%arg2] : tensor<128xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_multiply_1(%arg0, %arg1, %ra, %rb) : (tensor<128x512xf32>, tensor<128xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(%arg0: tensor<128x512xf32>, %arg1: tensor<128xf32>, %arg2: index {xla.range = [0 : index, 127 : index]}, %arg3: index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<128x512xf32>
    %extracted_0 = tensor.extract %arg1[%arg2] : tensor<128xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_multiply_1(%arg0, %arg1, %ra, %rb) : (tensor<128x512xf32>, tensor<128xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(%arg0: tensor<128x512xf32>, %arg1: tensor<128xf32>, %arg2: index {xla.range = [0 : index, 127 : index]}, %arg3: index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<128x512xf32>
    %extracted_0 = tensor.extract %arg1[%arg2] : tensor<128xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before AddReductionFastMathFlagsPass: xla-cpu-add-reduction-fast-math-flags ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_multiply_1(%arg0, %arg1, %ra, %rb) : (tensor<128x512xf32>, tensor<128xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(%arg0: tensor<128x512xf32>, %arg1: tensor<128xf32>, %arg2: index {xla.range = [0 : index, 127 : index]}, %arg3: index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<128x512xf32>
    %extracted_0 = tensor.extract %arg1[%arg2] : tensor<128xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before Inliner: composite-fixed-point-pass{max-iterations=10 name=Inliner pipeline=inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 }} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_multiply_1(%arg0, %arg1, %ra, %rb) : (tensor<128x512xf32>, tensor<128xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(%arg0: tensor<128x512xf32>, %arg1: tensor<128xf32>, %arg2: index {xla.range = [0 : index, 127 : index]}, %arg3: index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<128x512xf32>
    %extracted_0 = tensor.extract %arg1[%arg2] : tensor<128xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_multiply_1(%arg0, %arg1, %ra, %rb) : (tensor<128x512xf32>, tensor<128xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(%arg0: tensor<128x512xf32>, %arg1: tensor<128xf32>, %arg2: index {xla.range = [0 : index, 127 : index]}, %arg3: index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<128x512xf32>
    %extracted_0 = tensor.extract %arg1[%arg2] : tensor<128xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @fused_computation_2_multiply_1) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_multiply_1(%arg0, %arg1, %ra, %rb) : (tensor<128x512xf32>, tensor<128xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(%arg0: tensor<128x512xf32>, %arg1: tensor<128xf32>, %arg2: index {xla.range = [0 : index, 127 : index]}, %arg3: index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<128x512xf32>
    %extracted_0 = tensor.extract %arg1[%arg2] : tensor<128xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %pure_call = xla.pure_call @fused_computation_2_multiply_1(%arg0, %arg1, %ra, %rb) : (tensor<128x512xf32>, tensor<128xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(%arg0: tensor<128x512xf32>, %arg1: tensor<128xf32>, %arg2: index {xla.range = [0 : index, 127 : index]}, %arg3: index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %extracted = tensor.extract %arg0[%arg2, %arg3] : tensor<128x512xf32>
    %extracted_0 = tensor.extract %arg1[%arg2] : tensor<128xf32>
    %0 = arith.mulf %extracted, %extracted_0 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<128x512xf32>
      %extracted_0 = tensor.extract %arg1[%ra] : tensor<128xf32>
      %1 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
  func.func private @fused_computation_2_multiply_1(tensor<128x512xf32>, tensor<128xf32>, index {xla.range = [0 : index, 127 : index]}, index {xla.range = [0 : index, 511 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>}
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<128x512xf32>
      %extracted_0 = tensor.extract %arg1[%ra] : tensor<128xf32>
      %1 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<128x512xf32>
      %extracted_0 = tensor.extract %arg1[%ra] : tensor<128xf32>
      %1 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
}


// -----// IR Dump Before PeelWorkgroupLoopPass: xla-cpu-peel-workgroup-loop ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<128x512xf32>
      %extracted_0 = tensor.extract %arg1[%ra] : tensor<128xf32>
      %1 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
}


// -----// IR Dump Before LowerXlaSharedPass: xla-cpu-lower-xla-shared ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<128x512xf32>
      %extracted_0 = tensor.extract %arg1[%ra] : tensor<128xf32>
      %1 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
}


// -----// IR Dump Before LowerXlaToScfPass: xla-lower-xla-to-scf{warp_size=32} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<128x512xf32>
      %extracted_0 = tensor.extract %arg1[%ra] : tensor<128xf32>
      %1 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<128x512xf32>
      %extracted_0 = tensor.extract %arg1[%ra] : tensor<128xf32>
      %1 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<128x512xf32>
      %extracted_0 = tensor.extract %arg1[%ra] : tensor<128xf32>
      %1 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
}


// -----// IR Dump Before LowerXlaLoopsToScfPass: xla-lower-xla-loops-to-scf ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0, s1), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %xla_loop = xla.loop (%0)[%i, %j] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<128x512xf32>) {
      %extracted = tensor.extract %arg0[%ra, %rb] : tensor<128x512xf32>
      %extracted_0 = tensor.extract %arg1[%ra] : tensor<128xf32>
      %1 = arith.mulf %extracted, %extracted_0 : f32
      %inserted = tensor.insert %1 into %iter[%ra, %rb] : tensor<128x512xf32>
      xla.yield %inserted : tensor<128x512xf32>
    }
    return %xla_loop : tensor<128x512xf32>
  }
}


// -----// IR Dump Before StablehloConvertToSignlessPass: stablehlo-convert-to-signless ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<128x512xf32>) {
      %2 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<128x512xf32>) {
        %3 = arith.cmpi sge, %0, %c0 : index
        %4 = arith.cmpi sle, %0, %c1 : index
        %5 = arith.andi %3, %4 : i1
        %6 = scf.if %5 -> (tensor<128x512xf32>) {
          %7 = xla.apply_indexing #indexing_map(%0)[%arg3, %arg5]
          %extracted = tensor.extract %arg0[%7, %arg5] : tensor<128x512xf32>
          %extracted_0 = tensor.extract %arg1[%7] : tensor<128xf32>
          %8 = arith.mulf %extracted, %extracted_0 : f32
          %inserted = tensor.insert %8 into %arg6[%7, %arg5] : tensor<128x512xf32>
          scf.yield %inserted : tensor<128x512xf32>
        } else {
          scf.yield %arg6 : tensor<128x512xf32>
        }
        scf.yield %6 : tensor<128x512xf32>
      }
      scf.yield %2 : tensor<128x512xf32>
    }
    return %1 : tensor<128x512xf32>
  }
}


// -----// IR Dump Before PropagateSliceIndicesPass: xla-propagate-slice-indices ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<128x512xf32>) {
      %2 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<128x512xf32>) {
        %3 = arith.cmpi sge, %0, %c0 : index
        %4 = arith.cmpi sle, %0, %c1 : index
        %5 = arith.andi %3, %4 : i1
        %6 = scf.if %5 -> (tensor<128x512xf32>) {
          %7 = xla.apply_indexing #indexing_map(%0)[%arg3, %arg5]
          %extracted = tensor.extract %arg0[%7, %arg5] : tensor<128x512xf32>
          %extracted_0 = tensor.extract %arg1[%7] : tensor<128xf32>
          %8 = arith.mulf %extracted, %extracted_0 : f32
          %inserted = tensor.insert %8 into %arg6[%7, %arg5] : tensor<128x512xf32>
          scf.yield %inserted : tensor<128x512xf32>
        } else {
          scf.yield %arg6 : tensor<128x512xf32>
        }
        scf.yield %6 : tensor<128x512xf32>
      }
      scf.yield %2 : tensor<128x512xf32>
    }
    return %1 : tensor<128x512xf32>
  }
}


// -----// IR Dump Before FlattenTensorsPass: xla-flatten-tensors ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x)[s0, s1] -> (bl_x * 64 + s0), domain: bl_x in [0, 1], s0 in [0, 63], s1 in [0, 511]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<128x512xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<128x512xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<128x512xf32>) {
      %2 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<128x512xf32>) {
        %3 = arith.cmpi sge, %0, %c0 : index
        %4 = arith.cmpi sle, %0, %c1 : index
        %5 = arith.andi %3, %4 : i1
        %6 = scf.if %5 -> (tensor<128x512xf32>) {
          %7 = xla.apply_indexing #indexing_map(%0)[%arg3, %arg5]
          %extracted = tensor.extract %arg0[%7, %arg5] : tensor<128x512xf32>
          %extracted_0 = tensor.extract %arg1[%7] : tensor<128xf32>
          %8 = arith.mulf %extracted, %extracted_0 : f32
          %inserted = tensor.insert %8 into %arg6[%7, %arg5] : tensor<128x512xf32>
          scf.yield %inserted : tensor<128x512xf32>
        } else {
          scf.yield %arg6 : tensor<128x512xf32>
        }
        scf.yield %6 : tensor<128x512xf32>
      }
      scf.yield %2 : tensor<128x512xf32>
    }
    return %1 : tensor<128x512xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c512 = arith.constant 512 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
      %2 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
        %3 = arith.cmpi sge, %0, %c0 : index
        %4 = arith.cmpi sle, %0, %c1 : index
        %5 = arith.andi %3, %4 : i1
        %6 = scf.if %5 -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%0, %arg3)
          %8 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%8] : tensor<65536xf32>
          %extracted_0 = tensor.extract %arg1[%7] : tensor<128xf32>
          %9 = arith.mulf %extracted, %extracted_0 : f32
          %10 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %inserted = tensor.insert %9 into %arg6[%10] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        } else {
          scf.yield %arg6 : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      }
      scf.yield %2 : tensor<65536xf32>
    }
    return %1 : tensor<65536xf32>
  }
}


// -----// IR Dump Before UnswitchLoopsPass: xla-unswitch-loops ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c512 = arith.constant 512 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
      %5 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
        %6 = scf.if %3 -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%0, %arg3)
          %8 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%8] : tensor<65536xf32>
          %extracted_0 = tensor.extract %arg1[%7] : tensor<128xf32>
          %9 = arith.mulf %extracted, %extracted_0 : f32
          %10 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %inserted = tensor.insert %9 into %arg6[%10] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        } else {
          scf.yield %arg6 : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      }
      scf.yield %5 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c512 = arith.constant 512 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map(%0, %arg3)
          %8 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %extracted = tensor.extract %arg0[%8] : tensor<65536xf32>
          %extracted_0 = tensor.extract %arg1[%7] : tensor<128xf32>
          %9 = arith.mulf %extracted, %extracted_0 : f32
          %10 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %inserted = tensor.insert %9 into %arg6[%10] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      }
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c512 = arith.constant 512 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = xla.apply_indexing #indexing_map(%0, %arg3)
        %extracted = tensor.extract %arg1[%6] : tensor<128xf32>
        %7 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %8 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %extracted_0 = tensor.extract %arg0[%8] : tensor<65536xf32>
          %9 = arith.mulf %extracted_0, %extracted : f32
          %10 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %inserted = tensor.insert %9 into %arg6[%10] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %7 : tensor<65536xf32>
      }
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c512 = arith.constant 512 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = xla.apply_indexing #indexing_map(%0, %arg3)
        %extracted = tensor.extract %arg1[%6] : tensor<128xf32>
        %7 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %8 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %extracted_0 = tensor.extract %arg0[%8] : tensor<65536xf32>
          %9 = arith.mulf %extracted_0, %extracted : f32
          %10 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %inserted = tensor.insert %9 into %arg6[%10] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %7 : tensor<65536xf32>
      }
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before AddLoopUnrollFlagsPass: xla-cpu-add-loop-unroll-flags{max_nested_iterations=1} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c512 = arith.constant 512 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = xla.apply_indexing #indexing_map(%0, %arg3)
        %extracted = tensor.extract %arg1[%6] : tensor<128xf32>
        %7 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %8 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %extracted_0 = tensor.extract %arg0[%8] : tensor<65536xf32>
          %9 = arith.mulf %extracted_0, %extracted : f32
          %inserted = tensor.insert %9 into %arg6[%8] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %7 : tensor<65536xf32>
      }
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before xla::cpu::ModuleCallbackPass: unknown<xla::cpu::ModuleCallbackPass> ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c512 = arith.constant 512 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = xla.apply_indexing #indexing_map(%0, %arg3)
        %extracted = tensor.extract %arg1[%6] : tensor<128xf32>
        %7 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %8 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %extracted_0 = tensor.extract %arg0[%8] : tensor<65536xf32>
          %9 = arith.mulf %extracted_0, %extracted : f32
          %inserted = tensor.insert %9 into %arg6[%8] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %7 : tensor<65536xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before ConvertPureCallOpsPass: xla-convert-pure-call-ops ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c512 = arith.constant 512 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = xla.apply_indexing #indexing_map(%0, %arg3)
        %extracted = tensor.extract %arg1[%6] : tensor<128xf32>
        %7 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %8 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %extracted_0 = tensor.extract %arg0[%8] : tensor<65536xf32>
          %9 = arith.mulf %extracted_0, %extracted : f32
          %inserted = tensor.insert %9 into %arg6[%8] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %7 : tensor<65536xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before LowerToLLVMPass: xla-cpu-lower-to-llvm{prefer_vector_width=256} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<cpu>, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c512 = arith.constant 512 : index
    %0 = xla.workgroup_id x {xla.range = [0 : index, 1 : index]}
    %1 = arith.cmpi sge, %0, %c0 : index
    %2 = arith.cmpi sle, %0, %c1 : index
    %3 = arith.andi %1, %2 : i1
    %4 = scf.if %3 -> (tensor<65536xf32>) {
      %5 = scf.for %arg3 = %c0 to %c64 step %c1 iter_args(%arg4 = %arg2) -> (tensor<65536xf32>) {
        %6 = xla.apply_indexing #indexing_map(%0, %arg3)
        %extracted = tensor.extract %arg1[%6] : tensor<128xf32>
        %7 = scf.for %arg5 = %c0 to %c512 step %c1 iter_args(%arg6 = %arg4) -> (tensor<65536xf32>) {
          %8 = xla.apply_indexing #indexing_map1(%arg5, %0, %arg3)
          %extracted_0 = tensor.extract %arg0[%8] : tensor<65536xf32>
          %9 = arith.mulf %extracted_0, %extracted : f32
          %inserted = tensor.insert %9 into %arg6[%8] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %7 : tensor<65536xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %5 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %4 : tensor<65536xf32>
  }
}


// -----// IR Dump Before LowerTensorsPass: xla-lower-tensors{gpu_device_info= target_type=cpu} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = builtin.unrealized_conversion_cast %4 : !llvm.ptr to tensor<65536xf32>
    %6 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %7 = llvm.load %6 invariant : !llvm.ptr -> !llvm.ptr
    %8 = llvm.getelementptr inbounds %7[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %9 = llvm.load %8 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %10 = builtin.unrealized_conversion_cast %9 : !llvm.ptr to tensor<128xf32>
    %11 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %12 = llvm.load %11 invariant : !llvm.ptr -> !llvm.ptr
    %13 = llvm.getelementptr inbounds %12[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %14 = llvm.load %13 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %15 = builtin.unrealized_conversion_cast %14 : !llvm.ptr to tensor<65536xf32>
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
    %31 = call @broadcast_multiply_fusion_wrapped(%5, %10, %15, %20, %25, %30) : (tensor<65536xf32>, tensor<128xf32>, tensor<65536xf32>, index, index, index) -> tensor<65536xf32>
    return %0 : !llvm.ptr
  }
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: tensor<128xf32> {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg3: index, %arg4: index, %arg5: index) -> tensor<65536xf32> attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c512 = arith.constant 512 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    %3 = scf.if %2 -> (tensor<65536xf32>) {
      %4 = scf.for %arg6 = %c0 to %c64 step %c1 iter_args(%arg7 = %arg2) -> (tensor<65536xf32>) {
        %5 = xla.apply_indexing #indexing_map(%arg3, %arg6)
        %extracted = tensor.extract %arg1[%5] : tensor<128xf32>
        %6 = scf.for %arg8 = %c0 to %c512 step %c1 iter_args(%arg9 = %arg7) -> (tensor<65536xf32>) {
          %7 = xla.apply_indexing #indexing_map1(%arg8, %arg3, %arg6)
          %extracted_0 = tensor.extract %arg0[%7] : tensor<65536xf32>
          %8 = arith.mulf %extracted_0, %extracted : f32
          %inserted = tensor.insert %8 into %arg9[%7] : tensor<65536xf32>
          scf.yield %inserted : tensor<65536xf32>
        }
        scf.yield %6 : tensor<65536xf32>
      } {loop_annotation = #loop_annotation}
      scf.yield %4 : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %3 : tensor<65536xf32>
  }
}


// -----// IR Dump Before ConvertComplexToStandardPass: convert-complex-to-standard{complex-range=improved} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg3, %arg6)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %7 = xla.apply_indexing #indexing_map1(%arg7, %arg3, %arg6)
          %8 = arith.index_castui %7 : index to i64
          %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %10 = llvm.load %9 : !llvm.ptr -> f32
          %11 = arith.mulf %10, %6 : f32
          %12 = arith.index_castui %7 : index to i64
          %13 = llvm.getelementptr inbounds %arg2[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          llvm.store %11, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before MergePointersToSameSlicePass: xla-merge-pointers ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, xla.invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 0 : index}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg3, %arg6)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %7 = xla.apply_indexing #indexing_map1(%arg7, %arg3, %arg6)
          %8 = arith.index_castui %7 : index to i64
          %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %10 = llvm.load %9 : !llvm.ptr -> f32
          %11 = arith.mulf %10, %6 : f32
          %12 = arith.index_castui %7 : index to i64
          %13 = llvm.getelementptr inbounds %arg2[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          llvm.store %11, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg3, %arg6)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %7 = xla.apply_indexing #indexing_map1(%arg7, %arg3, %arg6)
          %8 = arith.index_castui %7 : index to i64
          %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %10 = llvm.load %9 : !llvm.ptr -> f32
          %11 = arith.mulf %10, %6 : f32
          %12 = arith.index_castui %7 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          llvm.store %11, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %6 = llvm.load %5 invariant : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %6[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %9 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %10 = llvm.load %9 invariant : !llvm.ptr -> !llvm.ptr
    %11 = llvm.getelementptr inbounds %10[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %12 = llvm.load %11 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg3, %arg6)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %7 = xla.apply_indexing #indexing_map1(%arg7, %arg3, %arg6)
          %8 = arith.index_castui %7 : index to i64
          %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %10 = llvm.load %9 : !llvm.ptr -> f32
          %11 = arith.mulf %10, %6 : f32
          %12 = arith.index_castui %7 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          llvm.store %11, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @broadcast_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg3, %arg6)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %7 = xla.apply_indexing #indexing_map1(%arg7, %arg3, %arg6)
          %8 = arith.index_castui %7 : index to i64
          %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %10 = llvm.load %9 : !llvm.ptr -> f32
          %11 = arith.mulf %10, %6 : f32
          llvm.store %11, %9 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @broadcast_multiply_fusion_wrapped) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg3, %arg6)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %7 = xla.apply_indexing #indexing_map1(%arg7, %arg3, %arg6)
          %8 = arith.index_castui %7 : index to i64
          %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %10 = llvm.load %9 : !llvm.ptr -> f32
          %11 = arith.mulf %10, %6 : f32
          llvm.store %11, %9 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before ExpandIntegerPowerPass: xla-expand-integer-power ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg3, %arg6)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %7 = xla.apply_indexing #indexing_map1(%arg7, %arg3, %arg6)
          %8 = arith.index_castui %7 : index to i64
          %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %10 = llvm.load %9 : !llvm.ptr -> f32
          %11 = arith.mulf %10, %6 : f32
          llvm.store %11, %9 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
    return
  }
}


// -----// IR Dump Before SimplifyAffinePass: xla-simplify-affine ('builtin.module' operation: @broadcast_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(bl_x, d1) -> (bl_x * 64 + d1), domain: bl_x in [0, 1], d1 in [0, 63]">
#indexing_map1 = #xla.indexing_map<"(d0, bl_x, d2) -> (bl_x * 32768 + d2 * 512 + d0), domain: d0 in [0, 511], bl_x in [0, 1], d2 in [0, 63]">
#loop_unroll = #llvm.loop_unroll<disable = true>
#loop_annotation = #llvm.loop_annotation<unroll = #loop_unroll>
module @broadcast_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 64 : i32>, xla.cpu_memory_region_name = "xla_cpu_emitter__loop_fusion_kernel_emitter__hlo_opcode__fusion"} {
  func.func @broadcast_multiply_fusion(%arg0: !llvm.ptr) -> !llvm.ptr attributes {llvm.frame_pointer = #llvm.framePointerKind<all>, llvm.passthrough = [["prefer-vector-width", "256"]], llvm.uwtable_kind = #llvm.uwtableKind<async>} {
    %0 = llvm.mlir.zero : !llvm.ptr
    %1 = llvm.getelementptr inbounds %arg0[0, 3] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelCallFrame", (ptr, ptr, i64, ptr)>
    %2 = llvm.load %1 invariant : !llvm.ptr -> !llvm.ptr
    %3 = llvm.getelementptr inbounds %2[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %3 = xla.apply_indexing #indexing_map(%arg3, %arg6)
        %4 = arith.index_castui %3 : index to i64
        %5 = llvm.getelementptr inbounds %arg1[0, %4] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %6 = llvm.load %5 invariant : !llvm.ptr -> f32
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %7 = xla.apply_indexing #indexing_map1(%arg7, %arg3, %arg6)
          %8 = arith.index_castui %7 : index to i64
          %9 = llvm.getelementptr inbounds %arg0[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %10 = llvm.load %9 : !llvm.ptr -> f32
          %11 = arith.mulf %10, %6 : f32
          llvm.store %11, %9 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %3 = arith.muli %arg3, %c64 overflow<nsw> : index
        %4 = arith.addi %3, %arg6 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %8 = arith.muli %arg3, %c32768 overflow<nsw> : index
          %9 = arith.muli %arg6, %c512 overflow<nsw> : index
          %10 = arith.addi %8, %9 overflow<nsw> : index
          %11 = arith.addi %10, %arg7 overflow<nsw> : index
          %12 = arith.index_castui %11 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %14 = llvm.load %13 : !llvm.ptr -> f32
          %15 = arith.mulf %14, %7 : f32
          llvm.store %15, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %3 = arith.muli %arg3, %c64 overflow<nsw> : index
        %4 = arith.addi %3, %arg6 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %8 = arith.muli %arg3, %c32768 overflow<nsw> : index
          %9 = arith.muli %arg6, %c512 overflow<nsw> : index
          %10 = arith.addi %8, %9 overflow<nsw> : index
          %11 = arith.addi %10, %arg7 overflow<nsw> : index
          %12 = arith.index_castui %11 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %14 = llvm.load %13 : !llvm.ptr -> f32
          %15 = arith.mulf %14, %7 : f32
          llvm.store %15, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %3 = arith.muli %arg3, %c64 overflow<nsw> : index
        %4 = arith.addi %3, %arg6 overflow<nsw> : index
        %5 = arith.index_castui %4 : index to i64
        %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %7 = llvm.load %6 invariant : !llvm.ptr -> f32
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %8 = arith.muli %arg3, %c32768 overflow<nsw> : index
          %9 = arith.muli %arg6, %c512 overflow<nsw> : index
          %10 = arith.addi %8, %9 overflow<nsw> : index
          %11 = arith.addi %10, %arg7 overflow<nsw> : index
          %12 = arith.index_castui %11 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %14 = llvm.load %13 : !llvm.ptr -> f32
          %15 = arith.mulf %14, %7 : f32
          llvm.store %15, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c64 overflow<nsw> : index
      %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = arith.addi %3, %arg6 overflow<nsw> : index
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = arith.muli %arg6, %c512 overflow<nsw> : index
        %10 = arith.addi %4, %9 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %11 = arith.addi %10, %arg7 overflow<nsw> : index
          %12 = arith.index_castui %11 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %14 = llvm.load %13 : !llvm.ptr -> f32
          %15 = arith.mulf %14, %8 : f32
          llvm.store %15, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c64 overflow<nsw> : index
      %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = arith.addi %3, %arg6 overflow<nsw> : index
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = arith.muli %arg6, %c512 overflow<nsw> : index
        %10 = arith.addi %4, %9 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %11 = arith.addi %10, %arg7 overflow<nsw> : index
          %12 = arith.index_castui %11 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %14 = llvm.load %13 : !llvm.ptr -> f32
          %15 = arith.mulf %14, %8 : f32
          llvm.store %15, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c64 overflow<nsw> : index
      %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = arith.addi %3, %arg6 overflow<nsw> : index
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = arith.muli %arg6, %c512 overflow<nsw> : index
        %10 = arith.addi %4, %9 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %11 = arith.addi %10, %arg7 overflow<nsw> : index
          %12 = arith.index_castui %11 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %14 = llvm.load %13 : !llvm.ptr -> f32
          %15 = arith.mulf %14, %8 : f32
          llvm.store %15, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c64 overflow<nsw> : index
      %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = arith.addi %3, %arg6 overflow<nsw> : index
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = arith.muli %arg6, %c512 overflow<nsw> : index
        %10 = arith.addi %4, %9 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %11 = arith.addi %10, %arg7 overflow<nsw> : index
          %12 = arith.index_castui %11 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %14 = llvm.load %13 : !llvm.ptr -> f32
          %15 = arith.mulf %14, %8 : f32
          llvm.store %15, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c64 overflow<nsw> : index
      %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = arith.addi %3, %arg6 overflow<nsw> : index
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = arith.muli %arg6, %c512 overflow<nsw> : index
        %10 = arith.addi %4, %9 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %11 = arith.addi %10, %arg7 overflow<nsw> : index
          %12 = arith.index_castui %11 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %14 = llvm.load %13 : !llvm.ptr -> f32
          %15 = arith.mulf %14, %8 : f32
          llvm.store %15, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c64 overflow<nsw> : index
      %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = arith.addi %3, %arg6 overflow<nsw> : index
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = arith.muli %arg6, %c512 overflow<nsw> : index
        %10 = arith.addi %4, %9 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %11 = arith.addi %10, %arg7 overflow<nsw> : index
          %12 = arith.index_castui %11 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %14 = llvm.load %13 : !llvm.ptr -> f32
          %15 = arith.mulf %14, %8 : f32
          llvm.store %15, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c64 overflow<nsw> : index
      %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = arith.addi %3, %arg6 overflow<nsw> : index
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = arith.muli %arg6, %c512 overflow<nsw> : index
        %10 = arith.addi %4, %9 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %11 = arith.addi %10, %arg7 overflow<nsw> : index
          %12 = arith.index_castui %11 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %14 = llvm.load %13 : !llvm.ptr -> f32
          %15 = arith.mulf %14, %8 : f32
          llvm.store %15, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    scf.if %2 {
      %3 = arith.muli %arg3, %c64 overflow<nsw> : index
      %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
      scf.for %arg6 = %c0 to %c64 step %c1 {
        %5 = arith.addi %3, %arg6 overflow<nsw> : index
        %6 = arith.index_castui %5 : index to i64
        %7 = llvm.getelementptr inbounds %arg1[0, %6] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
        %8 = llvm.load %7 invariant : !llvm.ptr -> f32
        %9 = arith.muli %arg6, %c512 overflow<nsw> : index
        %10 = arith.addi %4, %9 overflow<nsw> : index
        scf.for %arg7 = %c0 to %c512 step %c1 {
          %11 = arith.addi %10, %arg7 overflow<nsw> : index
          %12 = arith.index_castui %11 : index to i64
          %13 = llvm.getelementptr inbounds %arg0[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
          %14 = llvm.load %13 : !llvm.ptr -> f32
          %15 = arith.mulf %14, %8 : f32
          llvm.store %15, %13 : f32, !llvm.ptr
        }
      } {loop_annotation = #loop_annotation}
    }
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    cf.cond_br %2, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %3 = arith.muli %arg3, %c64 overflow<nsw> : index
    %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
    cf.br ^bb2(%c0 : index)
  ^bb2(%5: index):  // 2 preds: ^bb1, ^bb6
    %6 = arith.cmpi slt, %5, %c64 : index
    cf.cond_br %6, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %7 = arith.addi %3, %5 overflow<nsw> : index
    %8 = arith.index_castui %7 : index to i64
    %9 = llvm.getelementptr inbounds %arg1[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
    %10 = llvm.load %9 invariant : !llvm.ptr -> f32
    %11 = arith.muli %5, %c512 overflow<nsw> : index
    %12 = arith.addi %4, %11 overflow<nsw> : index
    cf.br ^bb4(%c0 : index)
  ^bb4(%13: index):  // 2 preds: ^bb3, ^bb5
    %14 = arith.cmpi slt, %13, %c512 : index
    cf.cond_br %14, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %15 = arith.addi %12, %13 overflow<nsw> : index
    %16 = arith.index_castui %15 : index to i64
    %17 = llvm.getelementptr inbounds %arg0[0, %16] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %18 = llvm.load %17 : !llvm.ptr -> f32
    %19 = arith.mulf %18, %10 : f32
    llvm.store %19, %17 : f32, !llvm.ptr
    %20 = arith.addi %13, %c1 : index
    cf.br ^bb4(%20 : index)
  ^bb6:  // pred: ^bb4
    %21 = arith.addi %5, %c1 : index
    cf.br ^bb2(%21 : index) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    cf.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    cf.cond_br %2, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %3 = arith.muli %arg3, %c64 overflow<nsw> : index
    %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
    cf.br ^bb2(%c0 : index)
  ^bb2(%5: index):  // 2 preds: ^bb1, ^bb6
    %6 = arith.cmpi slt, %5, %c64 : index
    cf.cond_br %6, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %7 = arith.addi %3, %5 overflow<nsw> : index
    %8 = arith.index_castui %7 : index to i64
    %9 = llvm.getelementptr inbounds %arg1[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
    %10 = llvm.load %9 invariant : !llvm.ptr -> f32
    %11 = arith.muli %5, %c512 overflow<nsw> : index
    %12 = arith.addi %4, %11 overflow<nsw> : index
    cf.br ^bb4(%c0 : index)
  ^bb4(%13: index):  // 2 preds: ^bb3, ^bb5
    %14 = arith.cmpi slt, %13, %c512 : index
    cf.cond_br %14, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %15 = arith.addi %12, %13 overflow<nsw> : index
    %16 = arith.index_castui %15 : index to i64
    %17 = llvm.getelementptr inbounds %arg0[0, %16] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %18 = llvm.load %17 : !llvm.ptr -> f32
    %19 = arith.mulf %18, %10 : f32
    llvm.store %19, %17 : f32, !llvm.ptr
    %20 = arith.addi %13, %c1 : index
    cf.br ^bb4(%20 : index)
  ^bb6:  // pred: ^bb4
    %21 = arith.addi %5, %c1 : index
    cf.br ^bb2(%21 : index) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    cf.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    cf.cond_br %2, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %3 = arith.muli %arg3, %c64 overflow<nsw> : index
    %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
    cf.br ^bb2(%c0 : index)
  ^bb2(%5: index):  // 2 preds: ^bb1, ^bb6
    %6 = arith.cmpi slt, %5, %c64 : index
    cf.cond_br %6, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %7 = arith.addi %3, %5 overflow<nsw> : index
    %8 = arith.index_castui %7 : index to i64
    %9 = llvm.getelementptr inbounds %arg1[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
    %10 = llvm.load %9 invariant : !llvm.ptr -> f32
    %11 = arith.muli %5, %c512 overflow<nsw> : index
    %12 = arith.addi %4, %11 overflow<nsw> : index
    cf.br ^bb4(%c0 : index)
  ^bb4(%13: index):  // 2 preds: ^bb3, ^bb5
    %14 = arith.cmpi slt, %13, %c512 : index
    cf.cond_br %14, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %15 = arith.addi %12, %13 overflow<nsw> : index
    %16 = arith.index_castui %15 : index to i64
    %17 = llvm.getelementptr inbounds %arg0[0, %16] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %18 = llvm.load %17 : !llvm.ptr -> f32
    %19 = arith.mulf %18, %10 : f32
    llvm.store %19, %17 : f32, !llvm.ptr
    %20 = arith.addi %13, %c1 : index
    cf.br ^bb4(%20 : index)
  ^bb6:  // pred: ^bb4
    %21 = arith.addi %5, %c1 : index
    cf.br ^bb2(%21 : index) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    cf.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    cf.cond_br %2, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %3 = arith.muli %arg3, %c64 overflow<nsw> : index
    %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
    cf.br ^bb2(%c0 : index)
  ^bb2(%5: index):  // 2 preds: ^bb1, ^bb6
    %6 = arith.cmpi slt, %5, %c64 : index
    cf.cond_br %6, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %7 = arith.addi %3, %5 overflow<nsw> : index
    %8 = arith.index_castui %7 : index to i64
    %9 = llvm.getelementptr inbounds %arg1[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
    %10 = llvm.load %9 invariant : !llvm.ptr -> f32
    %11 = arith.muli %5, %c512 overflow<nsw> : index
    %12 = arith.addi %4, %11 overflow<nsw> : index
    cf.br ^bb4(%c0 : index)
  ^bb4(%13: index):  // 2 preds: ^bb3, ^bb5
    %14 = arith.cmpi slt, %13, %c512 : index
    cf.cond_br %14, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %15 = arith.addi %12, %13 overflow<nsw> : index
    %16 = arith.index_castui %15 : index to i64
    %17 = llvm.getelementptr inbounds %arg0[0, %16] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %18 = llvm.load %17 : !llvm.ptr -> f32
    %19 = arith.mulf %18, %10 : f32
    llvm.store %19, %17 : f32, !llvm.ptr
    %20 = arith.addi %13, %c1 : index
    cf.br ^bb4(%20 : index)
  ^bb6:  // pred: ^bb4
    %21 = arith.addi %5, %c1 : index
    cf.br ^bb2(%21 : index) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    cf.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  func.func private @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: index, %arg4: index, %arg5: index) attributes {llvm.always_inline, llvm.linkage = #llvm.linkage<internal>, xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %c32768 = arith.constant 32768 : index
    %c512 = arith.constant 512 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = arith.cmpi sge, %arg3, %c0 : index
    %1 = arith.cmpi sle, %arg3, %c1 : index
    %2 = arith.andi %0, %1 : i1
    cf.cond_br %2, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %3 = arith.muli %arg3, %c64 overflow<nsw> : index
    %4 = arith.muli %arg3, %c32768 overflow<nsw> : index
    cf.br ^bb2(%c0 : index)
  ^bb2(%5: index):  // 2 preds: ^bb1, ^bb6
    %6 = arith.cmpi slt, %5, %c64 : index
    cf.cond_br %6, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %7 = arith.addi %3, %5 overflow<nsw> : index
    %8 = arith.index_castui %7 : index to i64
    %9 = llvm.getelementptr inbounds %arg1[0, %8] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
    %10 = llvm.load %9 invariant : !llvm.ptr -> f32
    %11 = arith.muli %5, %c512 overflow<nsw> : index
    %12 = arith.addi %4, %11 overflow<nsw> : index
    cf.br ^bb4(%c0 : index)
  ^bb4(%13: index):  // 2 preds: ^bb3, ^bb5
    %14 = arith.cmpi slt, %13, %c512 : index
    cf.cond_br %14, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %15 = arith.addi %12, %13 overflow<nsw> : index
    %16 = arith.index_castui %15 : index to i64
    %17 = llvm.getelementptr inbounds %arg0[0, %16] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %18 = llvm.load %17 : !llvm.ptr -> f32
    %19 = arith.mulf %18, %10 : f32
    llvm.store %19, %17 : f32, !llvm.ptr
    %20 = arith.addi %13, %c1 : index
    cf.br ^bb4(%20 : index)
  ^bb6:  // pred: ^bb4
    %21 = arith.addi %5, %c1 : index
    cf.br ^bb2(%21 : index) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    cf.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  llvm.func internal @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(32768 : index) : i64
    %1 = llvm.mlir.constant(512 : index) : i64
    %2 = llvm.mlir.constant(64 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    %4 = llvm.mlir.constant(1 : index) : i64
    %5 = llvm.icmp "sge" %arg3, %3 : i64
    %6 = llvm.icmp "sle" %arg3, %4 : i64
    %7 = llvm.and %5, %6 : i1
    llvm.cond_br %7, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %8 = llvm.mul %arg3, %2 overflow<nsw> : i64
    %9 = llvm.mul %arg3, %0 overflow<nsw> : i64
    llvm.br ^bb2(%3 : i64)
  ^bb2(%10: i64):  // 2 preds: ^bb1, ^bb6
    %11 = llvm.icmp "slt" %10, %2 : i64
    llvm.cond_br %11, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %12 = llvm.add %8, %10 overflow<nsw> : i64
    %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
    %14 = llvm.load %13 invariant : !llvm.ptr -> f32
    %15 = llvm.mul %10, %1 overflow<nsw> : i64
    %16 = llvm.add %9, %15 overflow<nsw> : i64
    llvm.br ^bb4(%3 : i64)
  ^bb4(%17: i64):  // 2 preds: ^bb3, ^bb5
    %18 = llvm.icmp "slt" %17, %1 : i64
    llvm.cond_br %18, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %19 = llvm.add %16, %17 overflow<nsw> : i64
    %20 = llvm.getelementptr inbounds %arg0[0, %19] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %21 = llvm.load %20 : !llvm.ptr -> f32
    %22 = llvm.fmul %21, %14 : f32
    llvm.store %22, %20 : f32, !llvm.ptr
    %23 = llvm.add %17, %4 : i64
    llvm.br ^bb4(%23 : i64)
  ^bb6:  // pred: ^bb4
    %24 = llvm.add %10, %4 : i64
    llvm.br ^bb2(%24 : i64) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    llvm.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  llvm.func internal @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(32768 : index) : i64
    %1 = llvm.mlir.constant(512 : index) : i64
    %2 = llvm.mlir.constant(64 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    %4 = llvm.mlir.constant(1 : index) : i64
    %5 = llvm.icmp "sge" %arg3, %3 : i64
    %6 = llvm.icmp "sle" %arg3, %4 : i64
    %7 = llvm.and %5, %6 : i1
    llvm.cond_br %7, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %8 = llvm.mul %arg3, %2 overflow<nsw> : i64
    %9 = llvm.mul %arg3, %0 overflow<nsw> : i64
    llvm.br ^bb2(%3 : i64)
  ^bb2(%10: i64):  // 2 preds: ^bb1, ^bb6
    %11 = llvm.icmp "slt" %10, %2 : i64
    llvm.cond_br %11, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %12 = llvm.add %8, %10 overflow<nsw> : i64
    %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
    %14 = llvm.load %13 invariant : !llvm.ptr -> f32
    %15 = llvm.mul %10, %1 overflow<nsw> : i64
    %16 = llvm.add %9, %15 overflow<nsw> : i64
    llvm.br ^bb4(%3 : i64)
  ^bb4(%17: i64):  // 2 preds: ^bb3, ^bb5
    %18 = llvm.icmp "slt" %17, %1 : i64
    llvm.cond_br %18, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %19 = llvm.add %16, %17 overflow<nsw> : i64
    %20 = llvm.getelementptr inbounds %arg0[0, %19] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %21 = llvm.load %20 : !llvm.ptr -> f32
    %22 = llvm.fmul %21, %14 : f32
    llvm.store %22, %20 : f32, !llvm.ptr
    %23 = llvm.add %17, %4 : i64
    llvm.br ^bb4(%23 : i64)
  ^bb6:  // pred: ^bb4
    %24 = llvm.add %10, %4 : i64
    llvm.br ^bb2(%24 : i64) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    llvm.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
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
    %4 = llvm.load %3 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
    %5 = llvm.getelementptr inbounds %2[1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %6 = llvm.load %5 invariant dereferenceable<bytes = 512> : !llvm.ptr -> !llvm.ptr
    %7 = llvm.getelementptr inbounds %2[2, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<"XLA_CPU_KernelArg", (ptr, i64)>
    %8 = llvm.load %7 invariant dereferenceable<bytes = 262144> : !llvm.ptr -> !llvm.ptr
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
  llvm.func internal @broadcast_multiply_fusion_wrapped(%arg0: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg1: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 512 : index, llvm.noalias, xla.invariant}, %arg2: !llvm.ptr {llvm.align = 64 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}, %arg3: i64, %arg4: i64, %arg5: i64) attributes {always_inline, sym_visibility = "private", xla.backend_kind = #xla.backend_kind<cpu>, xla.cpu.is_wrapped, xla.entry} {
    %0 = llvm.mlir.constant(32768 : index) : i64
    %1 = llvm.mlir.constant(512 : index) : i64
    %2 = llvm.mlir.constant(64 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    %4 = llvm.mlir.constant(1 : index) : i64
    %5 = llvm.icmp "sge" %arg3, %3 : i64
    %6 = llvm.icmp "sle" %arg3, %4 : i64
    %7 = llvm.and %5, %6 : i1
    llvm.cond_br %7, ^bb1, ^bb8
  ^bb1:  // pred: ^bb0
    %8 = llvm.mul %arg3, %2 overflow<nsw> : i64
    %9 = llvm.mul %arg3, %0 overflow<nsw> : i64
    llvm.br ^bb2(%3 : i64)
  ^bb2(%10: i64):  // 2 preds: ^bb1, ^bb6
    %11 = llvm.icmp "slt" %10, %2 : i64
    llvm.cond_br %11, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %12 = llvm.add %8, %10 overflow<nsw> : i64
    %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<128 x f32>
    %14 = llvm.load %13 invariant : !llvm.ptr -> f32
    %15 = llvm.mul %10, %1 overflow<nsw> : i64
    %16 = llvm.add %9, %15 overflow<nsw> : i64
    llvm.br ^bb4(%3 : i64)
  ^bb4(%17: i64):  // 2 preds: ^bb3, ^bb5
    %18 = llvm.icmp "slt" %17, %1 : i64
    llvm.cond_br %18, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %19 = llvm.add %16, %17 overflow<nsw> : i64
    %20 = llvm.getelementptr inbounds %arg0[0, %19] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<65536 x f32>
    %21 = llvm.load %20 : !llvm.ptr -> f32
    %22 = llvm.fmul %21, %14 : f32
    llvm.store %22, %20 : f32, !llvm.ptr
    %23 = llvm.add %17, %4 : i64
    llvm.br ^bb4(%23 : i64)
  ^bb6:  // pred: ^bb4
    %24 = llvm.add %10, %4 : i64
    llvm.br ^bb2(%24 : i64) {loop_annotation = #loop_annotation}
  ^bb7:  // pred: ^bb2
    llvm.br ^bb8
  ^bb8:  // 2 preds: ^bb0, ^bb7
    llvm.return
  }
}


