// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 511], bl_y in [0, 0], bl_z in [0, 0]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 511 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (128, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<64x1024xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg6) -> (tensor<64x1024xf32>) {
        %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
        xla.yield %inserted : tensor<64x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0] [64, 1024] [1, 1] : tensor<64x1024xf32> into tensor<64x1024xf32>
      }
    }
    return %3 : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_0) -> (f32) {
      %true = arith.constant true
      %c0_32 = arith.constant 0 : index
      %c63 = arith.constant 63 : index
      %80 = arith.cmpi sge, %arg2, %c0_32 : index
      %81 = arith.cmpi sle, %arg2, %c63 : index
      %82 = arith.andi %80, %81 : i1
      %83 = arith.andi %true, %82 : i1
      %c0_33 = arith.constant 0 : index
      %c1023 = arith.constant 1023 : index
      %84 = arith.cmpi sge, %arg3, %c0_33 : index
      %85 = arith.cmpi sle, %arg3, %c1023 : index
      %86 = arith.andi %84, %85 : i1
      %87 = arith.andi %83, %86 : i1
      %88 = scf.if %87 -> (f32) {
        %extracted_34 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
        %89 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_34) {xla.is_reduction} : (f32, f32) -> f32
        scf.yield %89 : f32
      } else {
        scf.yield %arg5 : f32
      }
      scf.yield %88 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %cst_1 = arith.constant 0.707106769 : f32
    %3 = arith.mulf %2, %cst_1 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_2, %4 : f32
    %6 = arith.mulf %5, %cst : f32
    %cst_3 = arith.constant -0.138703942 : f32
    %7 = arith.addf %6, %cst_3 : f32
    %cst_4 = arith.constant -10.477664 : f32
    %8 = arith.mulf %7, %5 : f32
    %cst_5 = arith.constant 0.368742466 : f32
    %9 = arith.mulf %5, %cst_4 : f32
    %cst_6 = arith.constant 1.297720e+01 : f32
    %10 = arith.addf %8, %cst_5 : f32
    %11 = arith.addf %9, %cst_6 : f32
    %12 = arith.mulf %10, %5 : f32
    %cst_7 = arith.constant -0.582473278 : f32
    %13 = arith.mulf %11, %5 : f32
    %cst_8 = arith.constant -7.49551868 : f32
    %cst_9 = arith.constant 7.85386146E-5 : f32
    %14 = arith.addf %12, %cst_7 : f32
    %15 = arith.addf %13, %cst_8 : f32
    %16 = arith.mulf %4, %cst_9 : f32
    %cst_10 = arith.constant -8.0101937E-4 : f32
    %17 = arith.mulf %14, %5 : f32
    %cst_11 = arith.constant 0.621000468 : f32
    %18 = arith.mulf %15, %5 : f32
    %cst_12 = arith.constant 2.92101908 : f32
    %19 = arith.addf %16, %cst_10 : f32
    %20 = arith.addf %17, %cst_11 : f32
    %21 = arith.addf %18, %cst_12 : f32
    %22 = arith.mulf %19, %4 : f32
    %cst_13 = arith.constant 0.00518832775 : f32
    %23 = arith.mulf %20, %5 : f32
    %cst_14 = arith.constant -0.494451523 : f32
    %24 = arith.mulf %21, %5 : f32
    %cst_15 = arith.constant -1.01526523 : f32
    %25 = arith.addf %22, %cst_13 : f32
    %26 = arith.addf %23, %cst_14 : f32
    %27 = arith.addf %24, %cst_15 : f32
    %28 = arith.mulf %25, %4 : f32
    %cst_16 = arith.constant -0.0268538129 : f32
    %29 = arith.mulf %26, %5 : f32
    %cst_17 = arith.constant 3.404880e-01 : f32
    %30 = arith.mulf %27, %5 : f32
    %cst_18 = arith.constant 0.42184633 : f32
    %31 = arith.addf %28, %cst_16 : f32
    %32 = arith.addf %29, %cst_17 : f32
    %33 = arith.addf %30, %cst_18 : f32
    %34 = arith.mulf %31, %4 : f32
    %cst_19 = arith.constant 0.112835854 : f32
    %35 = arith.mulf %32, %5 : f32
    %cst_20 = arith.constant -0.274112701 : f32
    %36 = arith.mulf %33, %5 : f32
    %cst_21 = arith.constant -0.282076746 : f32
    %37 = arith.addf %34, %cst_19 : f32
    %38 = arith.addf %35, %cst_20 : f32
    %39 = arith.addf %36, %cst_21 : f32
    %40 = arith.divf %cst_2, %4 : f32
    %41 = arith.mulf %37, %4 : f32
    %cst_22 = arith.constant -0.37612626 : f32
    %42 = arith.mulf %38, %40 : f32
    %cst_23 = arith.constant 0.563825965 : f32
    %43 = arith.mulf %39, %40 : f32
    %cst_24 = arith.constant 0.564189494 : f32
    %44 = arith.addf %41, %cst_22 : f32
    %45 = arith.mulf %3, %3 : f32
    %46 = arith.negf %45 : f32
    %47 = math.exp %46 : f32
    %48 = math.absf %3 : f32
    %49 = arith.divf %cst_2, %48 : f32
    %cst_25 = arith.constant 2.000000e+00 : f32
    %50 = arith.cmpf olt, %48, %cst_25 : f32
    %51 = arith.extui %50 : i1 to i8
    %52 = arith.addf %42, %cst_23 : f32
    %53 = arith.addf %43, %cst_24 : f32
    %54 = arith.mulf %44, %45 : f32
    %cst_26 = arith.constant 1.12837911 : f32
    %55 = arith.negf %1 : f32
    %56 = arith.negf %45 : f32
    %cst_27 = arith.constant -88.7228394 : f32
    %57 = arith.mulf %47, %49 : f32
    %58 = arith.select %50, %52, %53 : f32
    %59 = arith.addf %54, %cst_26 : f32
    %60 = arith.mulf %55, %cst_1 : f32
    %61 = arith.cmpf olt, %56, %cst_27 : f32
    %62 = arith.extui %61 : i1 to i8
    %63 = arith.mulf %57, %58 : f32
    %c1_28 = arith.constant 1 : index
    %c0_29 = arith.constant 0 : index
    %c4_30 = arith.constant 4 : index
    %64 = scf.for %arg4 = %c0_29 to %c4_30 step %c1_28 iter_args(%arg5 = %cst_0) -> (f32) {
      %true = arith.constant true
      %c0_32 = arith.constant 0 : index
      %c63 = arith.constant 63 : index
      %80 = arith.cmpi sge, %arg2, %c0_32 : index
      %81 = arith.cmpi sle, %arg2, %c63 : index
      %82 = arith.andi %80, %81 : i1
      %83 = arith.andi %true, %82 : i1
      %c0_33 = arith.constant 0 : index
      %c1023 = arith.constant 1023 : index
      %84 = arith.cmpi sge, %arg3, %c0_33 : index
      %85 = arith.cmpi sle, %arg3, %c1023 : index
      %86 = arith.andi %84, %85 : i1
      %87 = arith.andi %83, %86 : i1
      %88 = scf.if %87 -> (f32) {
        %extracted_34 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
        %89 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_34) {xla.is_reduction} : (f32, f32) -> f32
        scf.yield %89 : f32
      } else {
        scf.yield %arg5 : f32
      }
      scf.yield %88 : f32
    }
    %65 = math.absf %60 : f32
    %66 = arith.mulf %60, %59 : f32
    %67 = arith.cmpf olt, %60, %cst_0 : f32
    %68 = arith.extui %67 : i1 to i8
    %69 = arith.select %61, %cst_0, %63 : f32
    %70 = arith.subf %cst_25, %69 : f32
    %71 = arith.select %61, %cst_0, %63 : f32
    %72 = arith.addf %64, %extracted : f32
    %cst_31 = arith.constant 5.000000e-01 : f32
    %73 = arith.cmpf olt, %65, %cst_2 : f32
    %74 = arith.extui %73 : i1 to i8
    %75 = arith.subf %cst_2, %66 : f32
    %76 = arith.select %67, %70, %71 : f32
    %77 = arith.mulf %72, %cst_31 : f32
    %78 = arith.select %73, %75, %76 : f32
    %79 = arith.mulf %77, %78 : f32
    return %79 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @fused_multiply_mul_9_1) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 511], bl_y in [0, 0], bl_z in [0, 0]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 511 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (128, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<64x1024xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg6) -> (tensor<64x1024xf32>) {
        %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
        xla.yield %inserted : tensor<64x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0] [64, 1024] [1, 1] : tensor<64x1024xf32> into tensor<64x1024xf32>
      }
    }
    return %3 : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 2.326820e-02 : f32
    %cst_0 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_0) -> (f32) {
      %true = arith.constant true
      %c0_32 = arith.constant 0 : index
      %c63 = arith.constant 63 : index
      %80 = arith.cmpi sge, %arg2, %c0_32 : index
      %81 = arith.cmpi sle, %arg2, %c63 : index
      %82 = arith.andi %80, %81 : i1
      %83 = arith.andi %true, %82 : i1
      %c0_33 = arith.constant 0 : index
      %c1023 = arith.constant 1023 : index
      %84 = arith.cmpi sge, %arg3, %c0_33 : index
      %85 = arith.cmpi sle, %arg3, %c1023 : index
      %86 = arith.andi %84, %85 : i1
      %87 = arith.andi %83, %86 : i1
      %88 = scf.if %87 -> (f32) {
        %extracted_34 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
        %89 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_34) {xla.is_reduction} : (f32, f32) -> f32
        scf.yield %89 : f32
      } else {
        scf.yield %arg5 : f32
      }
      scf.yield %88 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %cst_1 = arith.constant 0.707106769 : f32
    %3 = arith.mulf %2, %cst_1 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_2, %4 : f32
    %6 = arith.mulf %5, %cst : f32
    %cst_3 = arith.constant -0.138703942 : f32
    %7 = arith.addf %6, %cst_3 : f32
    %cst_4 = arith.constant -10.477664 : f32
    %8 = arith.mulf %7, %5 : f32
    %cst_5 = arith.constant 0.368742466 : f32
    %9 = arith.mulf %5, %cst_4 : f32
    %cst_6 = arith.constant 1.297720e+01 : f32
    %10 = arith.addf %8, %cst_5 : f32
    %11 = arith.addf %9, %cst_6 : f32
    %12 = arith.mulf %10, %5 : f32
    %cst_7 = arith.constant -0.582473278 : f32
    %13 = arith.mulf %11, %5 : f32
    %cst_8 = arith.constant -7.49551868 : f32
    %cst_9 = arith.constant 7.85386146E-5 : f32
    %14 = arith.addf %12, %cst_7 : f32
    %15 = arith.addf %13, %cst_8 : f32
    %16 = arith.mulf %4, %cst_9 : f32
    %cst_10 = arith.constant -8.0101937E-4 : f32
    %17 = arith.mulf %14, %5 : f32
    %cst_11 = arith.constant 0.621000468 : f32
    %18 = arith.mulf %15, %5 : f32
    %cst_12 = arith.constant 2.92101908 : f32
    %19 = arith.addf %16, %cst_10 : f32
    %20 = arith.addf %17, %cst_11 : f32
    %21 = arith.addf %18, %cst_12 : f32
    %22 = arith.mulf %19, %4 : f32
    %cst_13 = arith.constant 0.00518832775 : f32
    %23 = arith.mulf %20, %5 : f32
    %cst_14 = arith.constant -0.494451523 : f32
    %24 = arith.mulf %21, %5 : f32
    %cst_15 = arith.constant -1.01526523 : f32
    %25 = arith.addf %22, %cst_13 : f32
    %26 = arith.addf %23, %cst_14 : f32
    %27 = arith.addf %24, %cst_15 : f32
    %28 = arith.mulf %25, %4 : f32
    %cst_16 = arith.constant -0.0268538129 : f32
    %29 = arith.mulf %26, %5 : f32
    %cst_17 = arith.constant 3.404880e-01 : f32
    %30 = arith.mulf %27, %5 : f32
    %cst_18 = arith.constant 0.42184633 : f32
    %31 = arith.addf %28, %cst_16 : f32
    %32 = arith.addf %29, %cst_17 : f32
    %33 = arith.addf %30, %cst_18 : f32
    %34 = arith.mulf %31, %4 : f32
    %cst_19 = arith.constant 0.112835854 : f32
    %35 = arith.mulf %32, %5 : f32
    %cst_20 = arith.constant -0.274112701 : f32
    %36 = arith.mulf %33, %5 : f32
    %cst_21 = arith.constant -0.282076746 : f32
    %37 = arith.addf %34, %cst_19 : f32
    %38 = arith.addf %35, %cst_20 : f32
    %39 = arith.addf %36, %cst_21 : f32
    %40 = arith.divf %cst_2, %4 : f32
    %41 = arith.mulf %37, %4 : f32
    %cst_22 = arith.constant -0.37612626 : f32
    %42 = arith.mulf %38, %40 : f32
    %cst_23 = arith.constant 0.563825965 : f32
    %43 = arith.mulf %39, %40 : f32
    %cst_24 = arith.constant 0.564189494 : f32
    %44 = arith.addf %41, %cst_22 : f32
    %45 = arith.mulf %3, %3 : f32
    %46 = arith.negf %45 : f32
    %47 = math.exp %46 : f32
    %48 = math.absf %3 : f32
    %49 = arith.divf %cst_2, %48 : f32
    %cst_25 = arith.constant 2.000000e+00 : f32
    %50 = arith.cmpf olt, %48, %cst_25 : f32
    %51 = arith.extui %50 : i1 to i8
    %52 = arith.addf %42, %cst_23 : f32
    %53 = arith.addf %43, %cst_24 : f32
    %54 = arith.mulf %44, %45 : f32
    %cst_26 = arith.constant 1.12837911 : f32
    %55 = arith.negf %1 : f32
    %56 = arith.negf %45 : f32
    %cst_27 = arith.constant -88.7228394 : f32
    %57 = arith.mulf %47, %49 : f32
    %58 = arith.select %50, %52, %53 : f32
    %59 = arith.addf %54, %cst_26 : f32
    %60 = arith.mulf %55, %cst_1 : f32
    %61 = arith.cmpf olt, %56, %cst_27 : f32
    %62 = arith.extui %61 : i1 to i8
    %63 = arith.mulf %57, %58 : f32
    %c1_28 = arith.constant 1 : index
    %c0_29 = arith.constant 0 : index
    %c4_30 = arith.constant 4 : index
    %64 = scf.for %arg4 = %c0_29 to %c4_30 step %c1_28 iter_args(%arg5 = %cst_0) -> (f32) {
      %true = arith.constant true
      %c0_32 = arith.constant 0 : index
      %c63 = arith.constant 63 : index
      %80 = arith.cmpi sge, %arg2, %c0_32 : index
      %81 = arith.cmpi sle, %arg2, %c63 : index
      %82 = arith.andi %80, %81 : i1
      %83 = arith.andi %true, %82 : i1
      %c0_33 = arith.constant 0 : index
      %c1023 = arith.constant 1023 : index
      %84 = arith.cmpi sge, %arg3, %c0_33 : index
      %85 = arith.cmpi sle, %arg3, %c1023 : index
      %86 = arith.andi %84, %85 : i1
      %87 = arith.andi %83, %86 : i1
      %88 = scf.if %87 -> (f32) {
        %extracted_34 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
        %89 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_34) {xla.is_reduction} : (f32, f32) -> f32
        scf.yield %89 : f32
      } else {
        scf.yield %arg5 : f32
      }
      scf.yield %88 : f32
    }
    %65 = math.absf %60 : f32
    %66 = arith.mulf %60, %59 : f32
    %67 = arith.cmpf olt, %60, %cst_0 : f32
    %68 = arith.extui %67 : i1 to i8
    %69 = arith.select %61, %cst_0, %63 : f32
    %70 = arith.subf %cst_25, %69 : f32
    %71 = arith.select %61, %cst_0, %63 : f32
    %72 = arith.addf %64, %extracted : f32
    %cst_31 = arith.constant 5.000000e-01 : f32
    %73 = arith.cmpf olt, %65, %cst_2 : f32
    %74 = arith.extui %73 : i1 to i8
    %75 = arith.subf %cst_2, %66 : f32
    %76 = arith.select %67, %70, %71 : f32
    %77 = arith.mulf %72, %cst_31 : f32
    %78 = arith.select %73, %75, %76 : f32
    %79 = arith.mulf %77, %78 : f32
    return %79 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @dot_reduce_sub_computation_add_2) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 511], bl_y in [0, 0], bl_z in [0, 0]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 511 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (128, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<64x1024xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg6) -> (tensor<64x1024xf32>) {
        %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
        xla.yield %inserted : tensor<64x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0] [64, 1024] [1, 1] : tensor<64x1024xf32> into tensor<64x1024xf32>
      }
    }
    return %3 : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %76 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %76 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.divf %cst_25, %4 : f32
    %41 = arith.mulf %37, %4 : f32
    %42 = arith.mulf %38, %40 : f32
    %43 = arith.mulf %39, %40 : f32
    %44 = arith.addf %41, %cst_5 : f32
    %45 = arith.mulf %3, %3 : f32
    %46 = arith.negf %45 : f32
    %47 = math.exp %46 : f32
    %48 = math.absf %3 : f32
    %49 = arith.divf %cst_25, %48 : f32
    %50 = arith.cmpf olt, %48, %cst_2 : f32
    %51 = arith.addf %42, %cst_4 : f32
    %52 = arith.addf %43, %cst_3 : f32
    %53 = arith.mulf %44, %45 : f32
    %54 = arith.negf %1 : f32
    %55 = arith.negf %45 : f32
    %56 = arith.mulf %47, %49 : f32
    %57 = arith.select %50, %51, %52 : f32
    %58 = arith.addf %53, %cst_1 : f32
    %59 = arith.mulf %54, %cst_26 : f32
    %60 = arith.cmpf olt, %55, %cst_0 : f32
    %61 = arith.mulf %56, %57 : f32
    %62 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %76 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %76 : f32
    }
    %63 = math.absf %59 : f32
    %64 = arith.mulf %59, %58 : f32
    %65 = arith.cmpf olt, %59, %cst_28 : f32
    %66 = arith.select %60, %cst_28, %61 : f32
    %67 = arith.subf %cst_2, %66 : f32
    %68 = arith.select %60, %cst_28, %61 : f32
    %69 = arith.addf %62, %extracted : f32
    %70 = arith.cmpf olt, %63, %cst_25 : f32
    %71 = arith.subf %cst_25, %64 : f32
    %72 = arith.select %65, %67, %68 : f32
    %73 = arith.mulf %69, %cst : f32
    %74 = arith.select %70, %71, %72 : f32
    %75 = arith.mulf %73, %74 : f32
    return %75 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, th_y, th_z, bl_x, bl_y, bl_z) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], th_y in [0, 0], th_z in [0, 0], bl_x in [0, 511], bl_y in [0, 0], bl_z in [0, 0]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 511 : index]}
    %1 = xla.workgroup_id y {xla.range = [0 : index, 0 : index]}
    %2 = xla.workgroup_id z {xla.range = [0 : index, 0 : index]}
    %3 = scf.forall (%arg3, %arg4, %arg5) in (128, 1, 1) shared_outs(%arg6 = %arg2) -> (tensor<64x1024xf32>) {
      %xla_loop = xla.loop (%arg3, %arg4, %arg5, %0, %1, %2)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg6) -> (tensor<64x1024xf32>) {
        %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
        xla.yield %inserted : tensor<64x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg6[0, 0] [64, 1024] [1, 1] : tensor<64x1024xf32> into tensor<64x1024xf32>
      }
    }
    return %3 : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %76 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %76 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.divf %cst_25, %4 : f32
    %41 = arith.mulf %37, %4 : f32
    %42 = arith.mulf %38, %40 : f32
    %43 = arith.mulf %39, %40 : f32
    %44 = arith.addf %41, %cst_5 : f32
    %45 = arith.mulf %3, %3 : f32
    %46 = arith.negf %45 : f32
    %47 = math.exp %46 : f32
    %48 = math.absf %3 : f32
    %49 = arith.divf %cst_25, %48 : f32
    %50 = arith.cmpf olt, %48, %cst_2 : f32
    %51 = arith.addf %42, %cst_4 : f32
    %52 = arith.addf %43, %cst_3 : f32
    %53 = arith.mulf %44, %45 : f32
    %54 = arith.negf %1 : f32
    %55 = arith.negf %45 : f32
    %56 = arith.mulf %47, %49 : f32
    %57 = arith.select %50, %51, %52 : f32
    %58 = arith.addf %53, %cst_1 : f32
    %59 = arith.mulf %54, %cst_26 : f32
    %60 = arith.cmpf olt, %55, %cst_0 : f32
    %61 = arith.mulf %56, %57 : f32
    %62 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %76 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %76 : f32
    }
    %63 = math.absf %59 : f32
    %64 = arith.mulf %59, %58 : f32
    %65 = arith.cmpf olt, %59, %cst_28 : f32
    %66 = arith.select %60, %cst_28, %61 : f32
    %67 = arith.subf %cst_2, %66 : f32
    %68 = arith.select %60, %cst_28, %61 : f32
    %69 = arith.addf %62, %extracted : f32
    %70 = arith.cmpf olt, %63, %cst_25 : f32
    %71 = arith.subf %cst_25, %64 : f32
    %72 = arith.select %65, %67, %68 : f32
    %73 = arith.mulf %69, %cst : f32
    %74 = arith.select %70, %71, %72 : f32
    %75 = arith.mulf %73, %74 : f32
    return %75 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 511 : index]}
    %1 = scf.forall (%arg3) in (128) shared_outs(%arg4 = %arg2) -> (tensor<64x1024xf32>) {
      %xla_loop = xla.loop (%arg3, %0)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg4) -> (tensor<64x1024xf32>) {
        %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
        xla.yield %inserted : tensor<64x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg4[0, 0] [64, 1024] [1, 1] : tensor<64x1024xf32> into tensor<64x1024xf32>
      }
    }
    return %1 : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %76 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %76 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.divf %cst_25, %4 : f32
    %41 = arith.mulf %37, %4 : f32
    %42 = arith.mulf %38, %40 : f32
    %43 = arith.mulf %39, %40 : f32
    %44 = arith.addf %41, %cst_5 : f32
    %45 = arith.mulf %3, %3 : f32
    %46 = arith.negf %45 : f32
    %47 = math.exp %46 : f32
    %48 = math.absf %3 : f32
    %49 = arith.divf %cst_25, %48 : f32
    %50 = arith.cmpf olt, %48, %cst_2 : f32
    %51 = arith.addf %42, %cst_4 : f32
    %52 = arith.addf %43, %cst_3 : f32
    %53 = arith.mulf %44, %45 : f32
    %54 = arith.negf %1 : f32
    %55 = arith.negf %45 : f32
    %56 = arith.mulf %47, %49 : f32
    %57 = arith.select %50, %51, %52 : f32
    %58 = arith.addf %53, %cst_1 : f32
    %59 = arith.mulf %54, %cst_26 : f32
    %60 = arith.cmpf olt, %55, %cst_0 : f32
    %61 = arith.mulf %56, %57 : f32
    %62 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %76 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %76 : f32
    }
    %63 = math.absf %59 : f32
    %64 = arith.mulf %59, %58 : f32
    %65 = arith.cmpf olt, %59, %cst_28 : f32
    %66 = arith.select %60, %cst_28, %61 : f32
    %67 = arith.subf %cst_2, %66 : f32
    %68 = arith.select %60, %cst_28, %61 : f32
    %69 = arith.addf %62, %extracted : f32
    %70 = arith.cmpf olt, %63, %cst_25 : f32
    %71 = arith.subf %cst_25, %64 : f32
    %72 = arith.select %65, %67, %68 : f32
    %73 = arith.mulf %69, %cst : f32
    %74 = arith.select %70, %71, %72 : f32
    %75 = arith.mulf %73, %74 : f32
    return %75 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before EraseDeadFunctionsPass: xla-erase-dead-functions ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 511 : index]}
    %1 = scf.forall (%arg3) in (128) shared_outs(%arg4 = %arg2) -> (tensor<64x1024xf32>) {
      %xla_loop = xla.loop (%arg3, %0)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg4) -> (tensor<64x1024xf32>) {
        %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
        xla.yield %inserted : tensor<64x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg4[0, 0] [64, 1024] [1, 1] : tensor<64x1024xf32> into tensor<64x1024xf32>
      }
    }
    return %1 : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 511 : index]}
    %1 = scf.forall (%arg3) in (128) shared_outs(%arg4 = %arg2) -> (tensor<64x1024xf32>) {
      %xla_loop = xla.loop (%arg3, %0)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg4) -> (tensor<64x1024xf32>) {
        %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
        xla.yield %inserted : tensor<64x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg4[0, 0] [64, 1024] [1, 1] : tensor<64x1024xf32> into tensor<64x1024xf32>
      }
    }
    return %1 : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before LowerXlaSharedPass: xla-gpu-lower-xla-shared ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %0 = xla.workgroup_id x {xla.range = [0 : index, 511 : index]}
    %1 = scf.forall (%arg3) in (128) shared_outs(%arg4 = %arg2) -> (tensor<64x1024xf32>) {
      %xla_loop = xla.loop (%arg3, %0)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg4) -> (tensor<64x1024xf32>) {
        %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
        %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
        xla.yield %inserted : tensor<64x1024xf32>
      }
      scf.forall.in_parallel {
        tensor.parallel_insert_slice %xla_loop into %arg4[0, 0] [64, 1024] [1, 1] : tensor<64x1024xf32> into tensor<64x1024xf32>
      }
    }
    return %1 : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before LowerXlaToScfPass: xla-lower-xla-to-scf{warp_size=32} ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before LowerXlaSharedPass: xla-gpu-lower-xla-shared ('func.func' operation: @fused_multiply_mul_9_1) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before LowerXlaToScfPass: xla-lower-xla-to-scf{warp_size=32} ('func.func' operation: @fused_multiply_mul_9_1) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before LowerXlaSharedPass: xla-gpu-lower-xla-shared ('func.func' operation: @dot_reduce_sub_computation_add_2) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before LowerXlaToScfPass: xla-lower-xla-to-scf{warp_size=32} ('func.func' operation: @dot_reduce_sub_computation_add_2) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before InlinerPass: inline{default-pipeline=canonicalize inlining-threshold=4294967295 max-iterations=4 } ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @dot_reduce_sub_computation_add_2) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @fused_multiply_mul_9_1) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = func.call @dot_reduce_sub_computation_add_2(%arg5, %extracted_29) {xla.is_reduction} : (f32, f32) -> f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(%arg0: f32, %arg1: f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %0 = arith.addf %arg0, %arg1 : f32
    return %0 : f32
  }
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @fused_multiply_mul_9_1) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = arith.addf %arg5, %extracted_29 : f32
      scf.yield %69 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %69 = arith.addf %arg5, %extracted_29 : f32
      scf.yield %69 : f32
    }
    %58 = arith.mulf %3, %54 : f32
    %59 = arith.cmpf olt, %3, %cst_28 : f32
    %60 = arith.select %55, %cst_28, %56 : f32
    %61 = arith.subf %cst_2, %60 : f32
    %62 = arith.addf %57, %extracted : f32
    %63 = arith.cmpf olt, %46, %cst_25 : f32
    %64 = arith.subf %cst_25, %58 : f32
    %65 = arith.select %59, %61, %60 : f32
    %66 = arith.mulf %62, %cst : f32
    %67 = arith.select %63, %64, %65 : f32
    %68 = arith.mulf %66, %67 : f32
    return %68 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(f32, f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>}
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %pure_call = xla.pure_call @fused_multiply_mul_9_1(%arg0, %arg1, %ra, %rb) : (tensor<1024xf32>, tensor<4x64x1024xf32>, index, index) -> f32
      %inserted = tensor.insert %pure_call into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(%arg0: tensor<1024xf32>, %arg1: tensor<4x64x1024xf32>, %arg2: index {xla.range = [0 : index, 63 : index]}, %arg3: index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %0 = scf.for %arg4 = %c0 to %c4 step %c1 iter_args(%arg5 = %cst_28) -> (f32) {
      %extracted_29 = tensor.extract %arg1[%arg4, %arg2, %arg3] : tensor<4x64x1024xf32>
      %67 = arith.addf %arg5, %extracted_29 : f32
      scf.yield %67 : f32
    }
    %extracted = tensor.extract %arg0[%arg3] : tensor<1024xf32>
    %1 = arith.addf %0, %extracted : f32
    %2 = arith.negf %1 : f32
    %3 = arith.mulf %2, %cst_26 : f32
    %4 = arith.mulf %3, %3 : f32
    %5 = arith.divf %cst_25, %4 : f32
    %6 = arith.mulf %5, %cst_27 : f32
    %7 = arith.addf %6, %cst_24 : f32
    %8 = arith.mulf %7, %5 : f32
    %9 = arith.mulf %5, %cst_23 : f32
    %10 = arith.addf %8, %cst_22 : f32
    %11 = arith.addf %9, %cst_21 : f32
    %12 = arith.mulf %10, %5 : f32
    %13 = arith.mulf %11, %5 : f32
    %14 = arith.addf %12, %cst_20 : f32
    %15 = arith.addf %13, %cst_19 : f32
    %16 = arith.mulf %4, %cst_18 : f32
    %17 = arith.mulf %14, %5 : f32
    %18 = arith.mulf %15, %5 : f32
    %19 = arith.addf %16, %cst_17 : f32
    %20 = arith.addf %17, %cst_16 : f32
    %21 = arith.addf %18, %cst_15 : f32
    %22 = arith.mulf %19, %4 : f32
    %23 = arith.mulf %20, %5 : f32
    %24 = arith.mulf %21, %5 : f32
    %25 = arith.addf %22, %cst_14 : f32
    %26 = arith.addf %23, %cst_13 : f32
    %27 = arith.addf %24, %cst_12 : f32
    %28 = arith.mulf %25, %4 : f32
    %29 = arith.mulf %26, %5 : f32
    %30 = arith.mulf %27, %5 : f32
    %31 = arith.addf %28, %cst_11 : f32
    %32 = arith.addf %29, %cst_10 : f32
    %33 = arith.addf %30, %cst_9 : f32
    %34 = arith.mulf %31, %4 : f32
    %35 = arith.mulf %32, %5 : f32
    %36 = arith.mulf %33, %5 : f32
    %37 = arith.addf %34, %cst_8 : f32
    %38 = arith.addf %35, %cst_7 : f32
    %39 = arith.addf %36, %cst_6 : f32
    %40 = arith.mulf %37, %4 : f32
    %41 = arith.mulf %38, %5 : f32
    %42 = arith.mulf %39, %5 : f32
    %43 = arith.addf %40, %cst_5 : f32
    %44 = arith.negf %4 : f32
    %45 = math.exp %44 : f32
    %46 = math.absf %3 : f32
    %47 = arith.divf %cst_25, %46 : f32
    %48 = arith.cmpf olt, %46, %cst_2 : f32
    %49 = arith.addf %41, %cst_4 : f32
    %50 = arith.addf %42, %cst_3 : f32
    %51 = arith.mulf %43, %4 : f32
    %52 = arith.mulf %45, %47 : f32
    %53 = arith.select %48, %49, %50 : f32
    %54 = arith.addf %51, %cst_1 : f32
    %55 = arith.cmpf olt, %44, %cst_0 : f32
    %56 = arith.mulf %52, %53 : f32
    %57 = arith.mulf %3, %54 : f32
    %58 = arith.cmpf olt, %3, %cst_28 : f32
    %59 = arith.select %55, %cst_28, %56 : f32
    %60 = arith.subf %cst_2, %59 : f32
    %61 = arith.cmpf olt, %46, %cst_25 : f32
    %62 = arith.subf %cst_25, %57 : f32
    %63 = arith.select %58, %60, %59 : f32
    %64 = arith.mulf %1, %cst : f32
    %65 = arith.select %61, %62, %63 : f32
    %66 = arith.mulf %64, %65 : f32
    return %66 : f32
  }
  func.func private @dot_reduce_sub_computation_add_2(f32, f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>}
}


// -----// IR Dump Before CSEPass: cse ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %cst = arith.constant 5.000000e-01 : f32
      %cst_0 = arith.constant -88.7228394 : f32
      %cst_1 = arith.constant 1.12837911 : f32
      %cst_2 = arith.constant 2.000000e+00 : f32
      %cst_3 = arith.constant 0.564189494 : f32
      %cst_4 = arith.constant 0.563825965 : f32
      %cst_5 = arith.constant -0.37612626 : f32
      %cst_6 = arith.constant -0.282076746 : f32
      %cst_7 = arith.constant -0.274112701 : f32
      %cst_8 = arith.constant 0.112835854 : f32
      %cst_9 = arith.constant 0.42184633 : f32
      %cst_10 = arith.constant 3.404880e-01 : f32
      %cst_11 = arith.constant -0.0268538129 : f32
      %cst_12 = arith.constant -1.01526523 : f32
      %cst_13 = arith.constant -0.494451523 : f32
      %cst_14 = arith.constant 0.00518832775 : f32
      %cst_15 = arith.constant 2.92101908 : f32
      %cst_16 = arith.constant 0.621000468 : f32
      %cst_17 = arith.constant -8.0101937E-4 : f32
      %cst_18 = arith.constant 7.85386146E-5 : f32
      %cst_19 = arith.constant -7.49551868 : f32
      %cst_20 = arith.constant -0.582473278 : f32
      %cst_21 = arith.constant 1.297720e+01 : f32
      %cst_22 = arith.constant 0.368742466 : f32
      %cst_23 = arith.constant -10.477664 : f32
      %cst_24 = arith.constant -0.138703942 : f32
      %cst_25 = arith.constant 1.000000e+00 : f32
      %cst_26 = arith.constant 0.707106769 : f32
      %cst_27 = arith.constant 2.326820e-02 : f32
      %cst_28 = arith.constant 0.000000e+00 : f32
      %c1 = arith.constant 1 : index
      %c0 = arith.constant 0 : index
      %c4 = arith.constant 4 : index
      %0 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst_28) -> (f32) {
        %extracted_29 = tensor.extract %arg1[%arg3, %ra, %rb] : tensor<4x64x1024xf32>
        %67 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %67 : f32
      }
      %extracted = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.addf %0, %extracted : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_26 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_25, %4 : f32
      %6 = arith.mulf %5, %cst_27 : f32
      %7 = arith.addf %6, %cst_24 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_23 : f32
      %10 = arith.addf %8, %cst_22 : f32
      %11 = arith.addf %9, %cst_21 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_20 : f32
      %15 = arith.addf %13, %cst_19 : f32
      %16 = arith.mulf %4, %cst_18 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_17 : f32
      %20 = arith.addf %17, %cst_16 : f32
      %21 = arith.addf %18, %cst_15 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_14 : f32
      %26 = arith.addf %23, %cst_13 : f32
      %27 = arith.addf %24, %cst_12 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_11 : f32
      %32 = arith.addf %29, %cst_10 : f32
      %33 = arith.addf %30, %cst_9 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_8 : f32
      %38 = arith.addf %35, %cst_7 : f32
      %39 = arith.addf %36, %cst_6 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_5 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_25, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_2 : f32
      %49 = arith.addf %41, %cst_4 : f32
      %50 = arith.addf %42, %cst_3 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_1 : f32
      %55 = arith.cmpf olt, %44, %cst_0 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst_28 : f32
      %59 = arith.select %55, %cst_28, %56 : f32
      %60 = arith.subf %cst_2, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_25 : f32
      %62 = arith.subf %cst_25, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.mulf %1, %cst : f32
      %65 = arith.select %61, %62, %63 : f32
      %66 = arith.mulf %64, %65 : f32
      %inserted = tensor.insert %66 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
  func.func private @fused_multiply_mul_9_1(tensor<1024xf32>, tensor<4x64x1024xf32>, index {xla.range = [0 : index, 63 : index]}, index {xla.range = [0 : index, 1023 : index]}) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>}
  func.func private @dot_reduce_sub_computation_add_2(f32, f32) -> f32 attributes {llvm.linkage = #llvm.linkage<internal>}
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %cst = arith.constant 5.000000e-01 : f32
      %cst_0 = arith.constant -88.7228394 : f32
      %cst_1 = arith.constant 1.12837911 : f32
      %cst_2 = arith.constant 2.000000e+00 : f32
      %cst_3 = arith.constant 0.564189494 : f32
      %cst_4 = arith.constant 0.563825965 : f32
      %cst_5 = arith.constant -0.37612626 : f32
      %cst_6 = arith.constant -0.282076746 : f32
      %cst_7 = arith.constant -0.274112701 : f32
      %cst_8 = arith.constant 0.112835854 : f32
      %cst_9 = arith.constant 0.42184633 : f32
      %cst_10 = arith.constant 3.404880e-01 : f32
      %cst_11 = arith.constant -0.0268538129 : f32
      %cst_12 = arith.constant -1.01526523 : f32
      %cst_13 = arith.constant -0.494451523 : f32
      %cst_14 = arith.constant 0.00518832775 : f32
      %cst_15 = arith.constant 2.92101908 : f32
      %cst_16 = arith.constant 0.621000468 : f32
      %cst_17 = arith.constant -8.0101937E-4 : f32
      %cst_18 = arith.constant 7.85386146E-5 : f32
      %cst_19 = arith.constant -7.49551868 : f32
      %cst_20 = arith.constant -0.582473278 : f32
      %cst_21 = arith.constant 1.297720e+01 : f32
      %cst_22 = arith.constant 0.368742466 : f32
      %cst_23 = arith.constant -10.477664 : f32
      %cst_24 = arith.constant -0.138703942 : f32
      %cst_25 = arith.constant 1.000000e+00 : f32
      %cst_26 = arith.constant 0.707106769 : f32
      %cst_27 = arith.constant 2.326820e-02 : f32
      %cst_28 = arith.constant 0.000000e+00 : f32
      %c1 = arith.constant 1 : index
      %c0 = arith.constant 0 : index
      %c4 = arith.constant 4 : index
      %0 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst_28) -> (f32) {
        %extracted_29 = tensor.extract %arg1[%arg3, %ra, %rb] : tensor<4x64x1024xf32>
        %67 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %67 : f32
      }
      %extracted = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.addf %0, %extracted : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_26 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_25, %4 : f32
      %6 = arith.mulf %5, %cst_27 : f32
      %7 = arith.addf %6, %cst_24 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_23 : f32
      %10 = arith.addf %8, %cst_22 : f32
      %11 = arith.addf %9, %cst_21 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_20 : f32
      %15 = arith.addf %13, %cst_19 : f32
      %16 = arith.mulf %4, %cst_18 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_17 : f32
      %20 = arith.addf %17, %cst_16 : f32
      %21 = arith.addf %18, %cst_15 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_14 : f32
      %26 = arith.addf %23, %cst_13 : f32
      %27 = arith.addf %24, %cst_12 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_11 : f32
      %32 = arith.addf %29, %cst_10 : f32
      %33 = arith.addf %30, %cst_9 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_8 : f32
      %38 = arith.addf %35, %cst_7 : f32
      %39 = arith.addf %36, %cst_6 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_5 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_25, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_2 : f32
      %49 = arith.addf %41, %cst_4 : f32
      %50 = arith.addf %42, %cst_3 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_1 : f32
      %55 = arith.cmpf olt, %44, %cst_0 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst_28 : f32
      %59 = arith.select %55, %cst_28, %56 : f32
      %60 = arith.subf %cst_2, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_25 : f32
      %62 = arith.subf %cst_25, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.mulf %1, %cst : f32
      %65 = arith.select %61, %62, %63 : f32
      %66 = arith.mulf %64, %65 : f32
      %inserted = tensor.insert %66 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 2.326820e-02 : f32
    %cst_1 = arith.constant 0.707106769 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant -0.138703942 : f32
    %cst_4 = arith.constant -10.477664 : f32
    %cst_5 = arith.constant 0.368742466 : f32
    %cst_6 = arith.constant 1.297720e+01 : f32
    %cst_7 = arith.constant -0.582473278 : f32
    %cst_8 = arith.constant -7.49551868 : f32
    %cst_9 = arith.constant 7.85386146E-5 : f32
    %cst_10 = arith.constant -8.0101937E-4 : f32
    %cst_11 = arith.constant 0.621000468 : f32
    %cst_12 = arith.constant 2.92101908 : f32
    %cst_13 = arith.constant 0.00518832775 : f32
    %cst_14 = arith.constant -0.494451523 : f32
    %cst_15 = arith.constant -1.01526523 : f32
    %cst_16 = arith.constant -0.0268538129 : f32
    %cst_17 = arith.constant 3.404880e-01 : f32
    %cst_18 = arith.constant 0.42184633 : f32
    %cst_19 = arith.constant 0.112835854 : f32
    %cst_20 = arith.constant -0.274112701 : f32
    %cst_21 = arith.constant -0.282076746 : f32
    %cst_22 = arith.constant -0.37612626 : f32
    %cst_23 = arith.constant 0.563825965 : f32
    %cst_24 = arith.constant 0.564189494 : f32
    %cst_25 = arith.constant 2.000000e+00 : f32
    %cst_26 = arith.constant 1.12837911 : f32
    %cst_27 = arith.constant -88.7228394 : f32
    %cst_28 = arith.constant 5.000000e-01 : f32
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %0 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst) -> (f32) {
        %extracted_29 = tensor.extract %arg1[%arg3, %ra, %rb] : tensor<4x64x1024xf32>
        %67 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %67 : f32
      }
      %extracted = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.addf %0, %extracted : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_1 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_2, %4 : f32
      %6 = arith.mulf %5, %cst_0 : f32
      %7 = arith.addf %6, %cst_3 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_4 : f32
      %10 = arith.addf %8, %cst_5 : f32
      %11 = arith.addf %9, %cst_6 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_7 : f32
      %15 = arith.addf %13, %cst_8 : f32
      %16 = arith.mulf %4, %cst_9 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_10 : f32
      %20 = arith.addf %17, %cst_11 : f32
      %21 = arith.addf %18, %cst_12 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_13 : f32
      %26 = arith.addf %23, %cst_14 : f32
      %27 = arith.addf %24, %cst_15 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_16 : f32
      %32 = arith.addf %29, %cst_17 : f32
      %33 = arith.addf %30, %cst_18 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_19 : f32
      %38 = arith.addf %35, %cst_20 : f32
      %39 = arith.addf %36, %cst_21 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_22 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_2, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_25 : f32
      %49 = arith.addf %41, %cst_23 : f32
      %50 = arith.addf %42, %cst_24 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_26 : f32
      %55 = arith.cmpf olt, %44, %cst_27 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst : f32
      %59 = arith.select %55, %cst, %56 : f32
      %60 = arith.subf %cst_25, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_2 : f32
      %62 = arith.subf %cst_2, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.mulf %1, %cst_28 : f32
      %65 = arith.select %61, %62, %63 : f32
      %66 = arith.mulf %64, %65 : f32
      %inserted = tensor.insert %66 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before PeelLoopsPass: xla-gpu-peel-loops ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 2.326820e-02 : f32
    %cst_1 = arith.constant 0.707106769 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant -0.138703942 : f32
    %cst_4 = arith.constant -10.477664 : f32
    %cst_5 = arith.constant 0.368742466 : f32
    %cst_6 = arith.constant 1.297720e+01 : f32
    %cst_7 = arith.constant -0.582473278 : f32
    %cst_8 = arith.constant -7.49551868 : f32
    %cst_9 = arith.constant 7.85386146E-5 : f32
    %cst_10 = arith.constant -8.0101937E-4 : f32
    %cst_11 = arith.constant 0.621000468 : f32
    %cst_12 = arith.constant 2.92101908 : f32
    %cst_13 = arith.constant 0.00518832775 : f32
    %cst_14 = arith.constant -0.494451523 : f32
    %cst_15 = arith.constant -1.01526523 : f32
    %cst_16 = arith.constant -0.0268538129 : f32
    %cst_17 = arith.constant 3.404880e-01 : f32
    %cst_18 = arith.constant 0.42184633 : f32
    %cst_19 = arith.constant 0.112835854 : f32
    %cst_20 = arith.constant -0.274112701 : f32
    %cst_21 = arith.constant -0.282076746 : f32
    %cst_22 = arith.constant -0.37612626 : f32
    %cst_23 = arith.constant 0.563825965 : f32
    %cst_24 = arith.constant 0.564189494 : f32
    %cst_25 = arith.constant 2.000000e+00 : f32
    %cst_26 = arith.constant 1.12837911 : f32
    %cst_27 = arith.constant -88.7228394 : f32
    %cst_28 = arith.constant 5.000000e-01 : f32
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %0 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst) -> (f32) {
        %extracted_29 = tensor.extract %arg1[%arg3, %ra, %rb] : tensor<4x64x1024xf32>
        %67 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %67 : f32
      }
      %extracted = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.addf %0, %extracted : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_1 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_2, %4 : f32
      %6 = arith.mulf %5, %cst_0 : f32
      %7 = arith.addf %6, %cst_3 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_4 : f32
      %10 = arith.addf %8, %cst_5 : f32
      %11 = arith.addf %9, %cst_6 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_7 : f32
      %15 = arith.addf %13, %cst_8 : f32
      %16 = arith.mulf %4, %cst_9 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_10 : f32
      %20 = arith.addf %17, %cst_11 : f32
      %21 = arith.addf %18, %cst_12 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_13 : f32
      %26 = arith.addf %23, %cst_14 : f32
      %27 = arith.addf %24, %cst_15 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_16 : f32
      %32 = arith.addf %29, %cst_17 : f32
      %33 = arith.addf %30, %cst_18 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_19 : f32
      %38 = arith.addf %35, %cst_20 : f32
      %39 = arith.addf %36, %cst_21 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_22 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_2, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_25 : f32
      %49 = arith.addf %41, %cst_23 : f32
      %50 = arith.addf %42, %cst_24 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_26 : f32
      %55 = arith.cmpf olt, %44, %cst_27 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst : f32
      %59 = arith.select %55, %cst, %56 : f32
      %60 = arith.subf %cst_25, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_2 : f32
      %62 = arith.subf %cst_2, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.mulf %1, %cst_28 : f32
      %65 = arith.select %61, %62, %63 : f32
      %66 = arith.mulf %64, %65 : f32
      %inserted = tensor.insert %66 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before LowerXlaLoopsToScfPass: xla-lower-xla-loops-to-scf ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8, (bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 2.326820e-02 : f32
    %cst_1 = arith.constant 0.707106769 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant -0.138703942 : f32
    %cst_4 = arith.constant -10.477664 : f32
    %cst_5 = arith.constant 0.368742466 : f32
    %cst_6 = arith.constant 1.297720e+01 : f32
    %cst_7 = arith.constant -0.582473278 : f32
    %cst_8 = arith.constant -7.49551868 : f32
    %cst_9 = arith.constant 7.85386146E-5 : f32
    %cst_10 = arith.constant -8.0101937E-4 : f32
    %cst_11 = arith.constant 0.621000468 : f32
    %cst_12 = arith.constant 2.92101908 : f32
    %cst_13 = arith.constant 0.00518832775 : f32
    %cst_14 = arith.constant -0.494451523 : f32
    %cst_15 = arith.constant -1.01526523 : f32
    %cst_16 = arith.constant -0.0268538129 : f32
    %cst_17 = arith.constant 3.404880e-01 : f32
    %cst_18 = arith.constant 0.42184633 : f32
    %cst_19 = arith.constant 0.112835854 : f32
    %cst_20 = arith.constant -0.274112701 : f32
    %cst_21 = arith.constant -0.282076746 : f32
    %cst_22 = arith.constant -0.37612626 : f32
    %cst_23 = arith.constant 0.563825965 : f32
    %cst_24 = arith.constant 0.564189494 : f32
    %cst_25 = arith.constant 2.000000e+00 : f32
    %cst_26 = arith.constant 1.12837911 : f32
    %cst_27 = arith.constant -88.7228394 : f32
    %cst_28 = arith.constant 5.000000e-01 : f32
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %xla_loop = xla.loop (%thread_id_x, %block_id_x)[] -> (%ra, %rb) in #indexing_map iter_args(%iter = %arg2) -> (tensor<64x1024xf32>) {
      %0 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst) -> (f32) {
        %extracted_29 = tensor.extract %arg1[%arg3, %ra, %rb] : tensor<4x64x1024xf32>
        %67 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %67 : f32
      }
      %extracted = tensor.extract %arg0[%rb] : tensor<1024xf32>
      %1 = arith.addf %0, %extracted : f32
      %2 = arith.negf %1 : f32
      %3 = arith.mulf %2, %cst_1 : f32
      %4 = arith.mulf %3, %3 : f32
      %5 = arith.divf %cst_2, %4 : f32
      %6 = arith.mulf %5, %cst_0 : f32
      %7 = arith.addf %6, %cst_3 : f32
      %8 = arith.mulf %7, %5 : f32
      %9 = arith.mulf %5, %cst_4 : f32
      %10 = arith.addf %8, %cst_5 : f32
      %11 = arith.addf %9, %cst_6 : f32
      %12 = arith.mulf %10, %5 : f32
      %13 = arith.mulf %11, %5 : f32
      %14 = arith.addf %12, %cst_7 : f32
      %15 = arith.addf %13, %cst_8 : f32
      %16 = arith.mulf %4, %cst_9 : f32
      %17 = arith.mulf %14, %5 : f32
      %18 = arith.mulf %15, %5 : f32
      %19 = arith.addf %16, %cst_10 : f32
      %20 = arith.addf %17, %cst_11 : f32
      %21 = arith.addf %18, %cst_12 : f32
      %22 = arith.mulf %19, %4 : f32
      %23 = arith.mulf %20, %5 : f32
      %24 = arith.mulf %21, %5 : f32
      %25 = arith.addf %22, %cst_13 : f32
      %26 = arith.addf %23, %cst_14 : f32
      %27 = arith.addf %24, %cst_15 : f32
      %28 = arith.mulf %25, %4 : f32
      %29 = arith.mulf %26, %5 : f32
      %30 = arith.mulf %27, %5 : f32
      %31 = arith.addf %28, %cst_16 : f32
      %32 = arith.addf %29, %cst_17 : f32
      %33 = arith.addf %30, %cst_18 : f32
      %34 = arith.mulf %31, %4 : f32
      %35 = arith.mulf %32, %5 : f32
      %36 = arith.mulf %33, %5 : f32
      %37 = arith.addf %34, %cst_19 : f32
      %38 = arith.addf %35, %cst_20 : f32
      %39 = arith.addf %36, %cst_21 : f32
      %40 = arith.mulf %37, %4 : f32
      %41 = arith.mulf %38, %5 : f32
      %42 = arith.mulf %39, %5 : f32
      %43 = arith.addf %40, %cst_22 : f32
      %44 = arith.negf %4 : f32
      %45 = math.exp %44 : f32
      %46 = math.absf %3 : f32
      %47 = arith.divf %cst_2, %46 : f32
      %48 = arith.cmpf olt, %46, %cst_25 : f32
      %49 = arith.addf %41, %cst_23 : f32
      %50 = arith.addf %42, %cst_24 : f32
      %51 = arith.mulf %43, %4 : f32
      %52 = arith.mulf %45, %47 : f32
      %53 = arith.select %48, %49, %50 : f32
      %54 = arith.addf %51, %cst_26 : f32
      %55 = arith.cmpf olt, %44, %cst_27 : f32
      %56 = arith.mulf %52, %53 : f32
      %57 = arith.mulf %3, %54 : f32
      %58 = arith.cmpf olt, %3, %cst : f32
      %59 = arith.select %55, %cst, %56 : f32
      %60 = arith.subf %cst_25, %59 : f32
      %61 = arith.cmpf olt, %46, %cst_2 : f32
      %62 = arith.subf %cst_2, %57 : f32
      %63 = arith.select %58, %60, %59 : f32
      %64 = arith.mulf %1, %cst_28 : f32
      %65 = arith.select %61, %62, %63 : f32
      %66 = arith.mulf %64, %65 : f32
      %inserted = tensor.insert %66 into %iter[%ra, %rb] : tensor<64x1024xf32>
      xla.yield %inserted : tensor<64x1024xf32>
    }
    return %xla_loop : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before StablehloConvertToSignlessPass: stablehlo-convert-to-signless ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c511 = arith.constant 511 : index
    %c127 = arith.constant 127 : index
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 2.326820e-02 : f32
    %cst_1 = arith.constant 0.707106769 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant -0.138703942 : f32
    %cst_4 = arith.constant -10.477664 : f32
    %cst_5 = arith.constant 0.368742466 : f32
    %cst_6 = arith.constant 1.297720e+01 : f32
    %cst_7 = arith.constant -0.582473278 : f32
    %cst_8 = arith.constant -7.49551868 : f32
    %cst_9 = arith.constant 7.85386146E-5 : f32
    %cst_10 = arith.constant -8.0101937E-4 : f32
    %cst_11 = arith.constant 0.621000468 : f32
    %cst_12 = arith.constant 2.92101908 : f32
    %cst_13 = arith.constant 0.00518832775 : f32
    %cst_14 = arith.constant -0.494451523 : f32
    %cst_15 = arith.constant -1.01526523 : f32
    %cst_16 = arith.constant -0.0268538129 : f32
    %cst_17 = arith.constant 3.404880e-01 : f32
    %cst_18 = arith.constant 0.42184633 : f32
    %cst_19 = arith.constant 0.112835854 : f32
    %cst_20 = arith.constant -0.274112701 : f32
    %cst_21 = arith.constant -0.282076746 : f32
    %cst_22 = arith.constant -0.37612626 : f32
    %cst_23 = arith.constant 0.563825965 : f32
    %cst_24 = arith.constant 0.564189494 : f32
    %cst_25 = arith.constant 2.000000e+00 : f32
    %cst_26 = arith.constant 1.12837911 : f32
    %cst_27 = arith.constant -88.7228394 : f32
    %cst_28 = arith.constant 5.000000e-01 : f32
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<64x1024xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %10 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst) -> (f32) {
        %extracted_29 = tensor.extract %arg1[%arg3, %8, %9] : tensor<4x64x1024xf32>
        %77 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %77 : f32
      }
      %extracted = tensor.extract %arg0[%9] : tensor<1024xf32>
      %11 = arith.addf %10, %extracted : f32
      %12 = arith.negf %11 : f32
      %13 = arith.mulf %12, %cst_1 : f32
      %14 = arith.mulf %13, %13 : f32
      %15 = arith.divf %cst_2, %14 : f32
      %16 = arith.mulf %15, %cst_0 : f32
      %17 = arith.addf %16, %cst_3 : f32
      %18 = arith.mulf %17, %15 : f32
      %19 = arith.mulf %15, %cst_4 : f32
      %20 = arith.addf %18, %cst_5 : f32
      %21 = arith.addf %19, %cst_6 : f32
      %22 = arith.mulf %20, %15 : f32
      %23 = arith.mulf %21, %15 : f32
      %24 = arith.addf %22, %cst_7 : f32
      %25 = arith.addf %23, %cst_8 : f32
      %26 = arith.mulf %14, %cst_9 : f32
      %27 = arith.mulf %24, %15 : f32
      %28 = arith.mulf %25, %15 : f32
      %29 = arith.addf %26, %cst_10 : f32
      %30 = arith.addf %27, %cst_11 : f32
      %31 = arith.addf %28, %cst_12 : f32
      %32 = arith.mulf %29, %14 : f32
      %33 = arith.mulf %30, %15 : f32
      %34 = arith.mulf %31, %15 : f32
      %35 = arith.addf %32, %cst_13 : f32
      %36 = arith.addf %33, %cst_14 : f32
      %37 = arith.addf %34, %cst_15 : f32
      %38 = arith.mulf %35, %14 : f32
      %39 = arith.mulf %36, %15 : f32
      %40 = arith.mulf %37, %15 : f32
      %41 = arith.addf %38, %cst_16 : f32
      %42 = arith.addf %39, %cst_17 : f32
      %43 = arith.addf %40, %cst_18 : f32
      %44 = arith.mulf %41, %14 : f32
      %45 = arith.mulf %42, %15 : f32
      %46 = arith.mulf %43, %15 : f32
      %47 = arith.addf %44, %cst_19 : f32
      %48 = arith.addf %45, %cst_20 : f32
      %49 = arith.addf %46, %cst_21 : f32
      %50 = arith.mulf %47, %14 : f32
      %51 = arith.mulf %48, %15 : f32
      %52 = arith.mulf %49, %15 : f32
      %53 = arith.addf %50, %cst_22 : f32
      %54 = arith.negf %14 : f32
      %55 = math.exp %54 : f32
      %56 = math.absf %13 : f32
      %57 = arith.divf %cst_2, %56 : f32
      %58 = arith.cmpf olt, %56, %cst_25 : f32
      %59 = arith.addf %51, %cst_23 : f32
      %60 = arith.addf %52, %cst_24 : f32
      %61 = arith.mulf %53, %14 : f32
      %62 = arith.mulf %55, %57 : f32
      %63 = arith.select %58, %59, %60 : f32
      %64 = arith.addf %61, %cst_26 : f32
      %65 = arith.cmpf olt, %54, %cst_27 : f32
      %66 = arith.mulf %62, %63 : f32
      %67 = arith.mulf %13, %64 : f32
      %68 = arith.cmpf olt, %13, %cst : f32
      %69 = arith.select %65, %cst, %66 : f32
      %70 = arith.subf %cst_25, %69 : f32
      %71 = arith.cmpf olt, %56, %cst_2 : f32
      %72 = arith.subf %cst_2, %67 : f32
      %73 = arith.select %68, %70, %69 : f32
      %74 = arith.mulf %11, %cst_28 : f32
      %75 = arith.select %71, %72, %73 : f32
      %76 = arith.mulf %74, %75 : f32
      %inserted = tensor.insert %76 into %arg2[%8, %9] : tensor<64x1024xf32>
      scf.yield %inserted : tensor<64x1024xf32>
    } else {
      scf.yield %arg2 : tensor<64x1024xf32>
    }
    return %7 : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before PropagateSliceIndicesPass: xla-propagate-slice-indices ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c511 = arith.constant 511 : index
    %c127 = arith.constant 127 : index
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 2.326820e-02 : f32
    %cst_1 = arith.constant 0.707106769 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant -0.138703942 : f32
    %cst_4 = arith.constant -10.477664 : f32
    %cst_5 = arith.constant 0.368742466 : f32
    %cst_6 = arith.constant 1.297720e+01 : f32
    %cst_7 = arith.constant -0.582473278 : f32
    %cst_8 = arith.constant -7.49551868 : f32
    %cst_9 = arith.constant 7.85386146E-5 : f32
    %cst_10 = arith.constant -8.0101937E-4 : f32
    %cst_11 = arith.constant 0.621000468 : f32
    %cst_12 = arith.constant 2.92101908 : f32
    %cst_13 = arith.constant 0.00518832775 : f32
    %cst_14 = arith.constant -0.494451523 : f32
    %cst_15 = arith.constant -1.01526523 : f32
    %cst_16 = arith.constant -0.0268538129 : f32
    %cst_17 = arith.constant 3.404880e-01 : f32
    %cst_18 = arith.constant 0.42184633 : f32
    %cst_19 = arith.constant 0.112835854 : f32
    %cst_20 = arith.constant -0.274112701 : f32
    %cst_21 = arith.constant -0.282076746 : f32
    %cst_22 = arith.constant -0.37612626 : f32
    %cst_23 = arith.constant 0.563825965 : f32
    %cst_24 = arith.constant 0.564189494 : f32
    %cst_25 = arith.constant 2.000000e+00 : f32
    %cst_26 = arith.constant 1.12837911 : f32
    %cst_27 = arith.constant -88.7228394 : f32
    %cst_28 = arith.constant 5.000000e-01 : f32
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<64x1024xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %10 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst) -> (f32) {
        %extracted_29 = tensor.extract %arg1[%arg3, %8, %9] : tensor<4x64x1024xf32>
        %77 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %77 : f32
      }
      %extracted = tensor.extract %arg0[%9] : tensor<1024xf32>
      %11 = arith.addf %10, %extracted : f32
      %12 = arith.negf %11 : f32
      %13 = arith.mulf %12, %cst_1 : f32
      %14 = arith.mulf %13, %13 : f32
      %15 = arith.divf %cst_2, %14 : f32
      %16 = arith.mulf %15, %cst_0 : f32
      %17 = arith.addf %16, %cst_3 : f32
      %18 = arith.mulf %17, %15 : f32
      %19 = arith.mulf %15, %cst_4 : f32
      %20 = arith.addf %18, %cst_5 : f32
      %21 = arith.addf %19, %cst_6 : f32
      %22 = arith.mulf %20, %15 : f32
      %23 = arith.mulf %21, %15 : f32
      %24 = arith.addf %22, %cst_7 : f32
      %25 = arith.addf %23, %cst_8 : f32
      %26 = arith.mulf %14, %cst_9 : f32
      %27 = arith.mulf %24, %15 : f32
      %28 = arith.mulf %25, %15 : f32
      %29 = arith.addf %26, %cst_10 : f32
      %30 = arith.addf %27, %cst_11 : f32
      %31 = arith.addf %28, %cst_12 : f32
      %32 = arith.mulf %29, %14 : f32
      %33 = arith.mulf %30, %15 : f32
      %34 = arith.mulf %31, %15 : f32
      %35 = arith.addf %32, %cst_13 : f32
      %36 = arith.addf %33, %cst_14 : f32
      %37 = arith.addf %34, %cst_15 : f32
      %38 = arith.mulf %35, %14 : f32
      %39 = arith.mulf %36, %15 : f32
      %40 = arith.mulf %37, %15 : f32
      %41 = arith.addf %38, %cst_16 : f32
      %42 = arith.addf %39, %cst_17 : f32
      %43 = arith.addf %40, %cst_18 : f32
      %44 = arith.mulf %41, %14 : f32
      %45 = arith.mulf %42, %15 : f32
      %46 = arith.mulf %43, %15 : f32
      %47 = arith.addf %44, %cst_19 : f32
      %48 = arith.addf %45, %cst_20 : f32
      %49 = arith.addf %46, %cst_21 : f32
      %50 = arith.mulf %47, %14 : f32
      %51 = arith.mulf %48, %15 : f32
      %52 = arith.mulf %49, %15 : f32
      %53 = arith.addf %50, %cst_22 : f32
      %54 = arith.negf %14 : f32
      %55 = math.exp %54 : f32
      %56 = math.absf %13 : f32
      %57 = arith.divf %cst_2, %56 : f32
      %58 = arith.cmpf olt, %56, %cst_25 : f32
      %59 = arith.addf %51, %cst_23 : f32
      %60 = arith.addf %52, %cst_24 : f32
      %61 = arith.mulf %53, %14 : f32
      %62 = arith.mulf %55, %57 : f32
      %63 = arith.select %58, %59, %60 : f32
      %64 = arith.addf %61, %cst_26 : f32
      %65 = arith.cmpf olt, %54, %cst_27 : f32
      %66 = arith.mulf %62, %63 : f32
      %67 = arith.mulf %13, %64 : f32
      %68 = arith.cmpf olt, %13, %cst : f32
      %69 = arith.select %65, %cst, %66 : f32
      %70 = arith.subf %cst_25, %69 : f32
      %71 = arith.cmpf olt, %56, %cst_2 : f32
      %72 = arith.subf %cst_2, %67 : f32
      %73 = arith.select %68, %70, %69 : f32
      %74 = arith.mulf %11, %cst_28 : f32
      %75 = arith.select %71, %72, %73 : f32
      %76 = arith.mulf %74, %75 : f32
      %inserted = tensor.insert %76 into %arg2[%8, %9] : tensor<64x1024xf32>
      scf.yield %inserted : tensor<64x1024xf32>
    } else {
      scf.yield %arg2 : tensor<64x1024xf32>
    }
    return %7 : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before FlattenTensorsPass: xla-flatten-tensors ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> (bl_x / 8), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<4x64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<64x1024xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<64x1024xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c511 = arith.constant 511 : index
    %c127 = arith.constant 127 : index
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 2.326820e-02 : f32
    %cst_1 = arith.constant 0.707106769 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant -0.138703942 : f32
    %cst_4 = arith.constant -10.477664 : f32
    %cst_5 = arith.constant 0.368742466 : f32
    %cst_6 = arith.constant 1.297720e+01 : f32
    %cst_7 = arith.constant -0.582473278 : f32
    %cst_8 = arith.constant -7.49551868 : f32
    %cst_9 = arith.constant 7.85386146E-5 : f32
    %cst_10 = arith.constant -8.0101937E-4 : f32
    %cst_11 = arith.constant 0.621000468 : f32
    %cst_12 = arith.constant 2.92101908 : f32
    %cst_13 = arith.constant 0.00518832775 : f32
    %cst_14 = arith.constant -0.494451523 : f32
    %cst_15 = arith.constant -1.01526523 : f32
    %cst_16 = arith.constant -0.0268538129 : f32
    %cst_17 = arith.constant 3.404880e-01 : f32
    %cst_18 = arith.constant 0.42184633 : f32
    %cst_19 = arith.constant 0.112835854 : f32
    %cst_20 = arith.constant -0.274112701 : f32
    %cst_21 = arith.constant -0.282076746 : f32
    %cst_22 = arith.constant -0.37612626 : f32
    %cst_23 = arith.constant 0.563825965 : f32
    %cst_24 = arith.constant 0.564189494 : f32
    %cst_25 = arith.constant 2.000000e+00 : f32
    %cst_26 = arith.constant 1.12837911 : f32
    %cst_27 = arith.constant -88.7228394 : f32
    %cst_28 = arith.constant 5.000000e-01 : f32
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<64x1024xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %10 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst) -> (f32) {
        %extracted_29 = tensor.extract %arg1[%arg3, %8, %9] : tensor<4x64x1024xf32>
        %77 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %77 : f32
      }
      %extracted = tensor.extract %arg0[%9] : tensor<1024xf32>
      %11 = arith.addf %10, %extracted : f32
      %12 = arith.negf %11 : f32
      %13 = arith.mulf %12, %cst_1 : f32
      %14 = arith.mulf %13, %13 : f32
      %15 = arith.divf %cst_2, %14 : f32
      %16 = arith.mulf %15, %cst_0 : f32
      %17 = arith.addf %16, %cst_3 : f32
      %18 = arith.mulf %17, %15 : f32
      %19 = arith.mulf %15, %cst_4 : f32
      %20 = arith.addf %18, %cst_5 : f32
      %21 = arith.addf %19, %cst_6 : f32
      %22 = arith.mulf %20, %15 : f32
      %23 = arith.mulf %21, %15 : f32
      %24 = arith.addf %22, %cst_7 : f32
      %25 = arith.addf %23, %cst_8 : f32
      %26 = arith.mulf %14, %cst_9 : f32
      %27 = arith.mulf %24, %15 : f32
      %28 = arith.mulf %25, %15 : f32
      %29 = arith.addf %26, %cst_10 : f32
      %30 = arith.addf %27, %cst_11 : f32
      %31 = arith.addf %28, %cst_12 : f32
      %32 = arith.mulf %29, %14 : f32
      %33 = arith.mulf %30, %15 : f32
      %34 = arith.mulf %31, %15 : f32
      %35 = arith.addf %32, %cst_13 : f32
      %36 = arith.addf %33, %cst_14 : f32
      %37 = arith.addf %34, %cst_15 : f32
      %38 = arith.mulf %35, %14 : f32
      %39 = arith.mulf %36, %15 : f32
      %40 = arith.mulf %37, %15 : f32
      %41 = arith.addf %38, %cst_16 : f32
      %42 = arith.addf %39, %cst_17 : f32
      %43 = arith.addf %40, %cst_18 : f32
      %44 = arith.mulf %41, %14 : f32
      %45 = arith.mulf %42, %15 : f32
      %46 = arith.mulf %43, %15 : f32
      %47 = arith.addf %44, %cst_19 : f32
      %48 = arith.addf %45, %cst_20 : f32
      %49 = arith.addf %46, %cst_21 : f32
      %50 = arith.mulf %47, %14 : f32
      %51 = arith.mulf %48, %15 : f32
      %52 = arith.mulf %49, %15 : f32
      %53 = arith.addf %50, %cst_22 : f32
      %54 = arith.negf %14 : f32
      %55 = math.exp %54 : f32
      %56 = math.absf %13 : f32
      %57 = arith.divf %cst_2, %56 : f32
      %58 = arith.cmpf olt, %56, %cst_25 : f32
      %59 = arith.addf %51, %cst_23 : f32
      %60 = arith.addf %52, %cst_24 : f32
      %61 = arith.mulf %53, %14 : f32
      %62 = arith.mulf %55, %57 : f32
      %63 = arith.select %58, %59, %60 : f32
      %64 = arith.addf %61, %cst_26 : f32
      %65 = arith.cmpf olt, %54, %cst_27 : f32
      %66 = arith.mulf %62, %63 : f32
      %67 = arith.mulf %13, %64 : f32
      %68 = arith.cmpf olt, %13, %cst : f32
      %69 = arith.select %65, %cst, %66 : f32
      %70 = arith.subf %cst_25, %69 : f32
      %71 = arith.cmpf olt, %56, %cst_2 : f32
      %72 = arith.subf %cst_2, %67 : f32
      %73 = arith.select %68, %70, %69 : f32
      %74 = arith.mulf %11, %cst_28 : f32
      %75 = arith.select %71, %72, %73 : f32
      %76 = arith.mulf %74, %75 : f32
      %inserted = tensor.insert %76 into %arg2[%8, %9] : tensor<64x1024xf32>
      scf.yield %inserted : tensor<64x1024xf32>
    } else {
      scf.yield %arg2 : tensor<64x1024xf32>
    }
    return %7 : tensor<64x1024xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(d0, th_x, bl_x) -> (d0 * 65536 + bl_x * 128 + th_x), domain: d0 in [0, 3], th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<262144xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<65536xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst_28) -> (f32) {
        %77 = xla.apply_indexing #indexing_map1(%arg3, %thread_id_x, %block_id_x)
        %extracted_29 = tensor.extract %arg1[%77] : tensor<262144xf32>
        %78 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %78 : f32
      }
      %extracted = tensor.extract %arg0[%8] : tensor<1024xf32>
      %10 = arith.addf %9, %extracted : f32
      %11 = arith.negf %10 : f32
      %12 = arith.mulf %11, %cst_26 : f32
      %13 = arith.mulf %12, %12 : f32
      %14 = arith.divf %cst_25, %13 : f32
      %15 = arith.mulf %14, %cst_27 : f32
      %16 = arith.addf %15, %cst_24 : f32
      %17 = arith.mulf %16, %14 : f32
      %18 = arith.mulf %14, %cst_23 : f32
      %19 = arith.addf %17, %cst_22 : f32
      %20 = arith.addf %18, %cst_21 : f32
      %21 = arith.mulf %19, %14 : f32
      %22 = arith.mulf %20, %14 : f32
      %23 = arith.addf %21, %cst_20 : f32
      %24 = arith.addf %22, %cst_19 : f32
      %25 = arith.mulf %13, %cst_18 : f32
      %26 = arith.mulf %23, %14 : f32
      %27 = arith.mulf %24, %14 : f32
      %28 = arith.addf %25, %cst_17 : f32
      %29 = arith.addf %26, %cst_16 : f32
      %30 = arith.addf %27, %cst_15 : f32
      %31 = arith.mulf %28, %13 : f32
      %32 = arith.mulf %29, %14 : f32
      %33 = arith.mulf %30, %14 : f32
      %34 = arith.addf %31, %cst_14 : f32
      %35 = arith.addf %32, %cst_13 : f32
      %36 = arith.addf %33, %cst_12 : f32
      %37 = arith.mulf %34, %13 : f32
      %38 = arith.mulf %35, %14 : f32
      %39 = arith.mulf %36, %14 : f32
      %40 = arith.addf %37, %cst_11 : f32
      %41 = arith.addf %38, %cst_10 : f32
      %42 = arith.addf %39, %cst_9 : f32
      %43 = arith.mulf %40, %13 : f32
      %44 = arith.mulf %41, %14 : f32
      %45 = arith.mulf %42, %14 : f32
      %46 = arith.addf %43, %cst_8 : f32
      %47 = arith.addf %44, %cst_7 : f32
      %48 = arith.addf %45, %cst_6 : f32
      %49 = arith.mulf %46, %13 : f32
      %50 = arith.mulf %47, %14 : f32
      %51 = arith.mulf %48, %14 : f32
      %52 = arith.addf %49, %cst_5 : f32
      %53 = arith.negf %13 : f32
      %54 = math.exp %53 : f32
      %55 = math.absf %12 : f32
      %56 = arith.divf %cst_25, %55 : f32
      %57 = arith.cmpf olt, %55, %cst_2 : f32
      %58 = arith.addf %50, %cst_4 : f32
      %59 = arith.addf %51, %cst_3 : f32
      %60 = arith.mulf %52, %13 : f32
      %61 = arith.mulf %54, %56 : f32
      %62 = arith.select %57, %58, %59 : f32
      %63 = arith.addf %60, %cst_1 : f32
      %64 = arith.cmpf olt, %53, %cst_0 : f32
      %65 = arith.mulf %61, %62 : f32
      %66 = arith.mulf %12, %63 : f32
      %67 = arith.cmpf olt, %12, %cst_28 : f32
      %68 = arith.select %64, %cst_28, %65 : f32
      %69 = arith.subf %cst_2, %68 : f32
      %70 = arith.cmpf olt, %55, %cst_25 : f32
      %71 = arith.subf %cst_25, %66 : f32
      %72 = arith.select %67, %69, %68 : f32
      %73 = arith.mulf %10, %cst : f32
      %74 = arith.select %70, %71, %72 : f32
      %75 = arith.mulf %73, %74 : f32
      %76 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %inserted = tensor.insert %75 into %arg2[%76] : tensor<65536xf32>
      scf.yield %inserted : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %7 : tensor<65536xf32>
  }
}


// -----// IR Dump Before UnswitchLoopsPass: xla-unswitch-loops ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(d0, th_x, bl_x) -> (d0 * 65536 + bl_x * 128 + th_x), domain: d0 in [0, 3], th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<262144xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<65536xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst_28) -> (f32) {
        %77 = xla.apply_indexing #indexing_map1(%arg3, %thread_id_x, %block_id_x)
        %extracted_29 = tensor.extract %arg1[%77] : tensor<262144xf32>
        %78 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %78 : f32
      }
      %extracted = tensor.extract %arg0[%8] : tensor<1024xf32>
      %10 = arith.addf %9, %extracted : f32
      %11 = arith.negf %10 : f32
      %12 = arith.mulf %11, %cst_26 : f32
      %13 = arith.mulf %12, %12 : f32
      %14 = arith.divf %cst_25, %13 : f32
      %15 = arith.mulf %14, %cst_27 : f32
      %16 = arith.addf %15, %cst_24 : f32
      %17 = arith.mulf %16, %14 : f32
      %18 = arith.mulf %14, %cst_23 : f32
      %19 = arith.addf %17, %cst_22 : f32
      %20 = arith.addf %18, %cst_21 : f32
      %21 = arith.mulf %19, %14 : f32
      %22 = arith.mulf %20, %14 : f32
      %23 = arith.addf %21, %cst_20 : f32
      %24 = arith.addf %22, %cst_19 : f32
      %25 = arith.mulf %13, %cst_18 : f32
      %26 = arith.mulf %23, %14 : f32
      %27 = arith.mulf %24, %14 : f32
      %28 = arith.addf %25, %cst_17 : f32
      %29 = arith.addf %26, %cst_16 : f32
      %30 = arith.addf %27, %cst_15 : f32
      %31 = arith.mulf %28, %13 : f32
      %32 = arith.mulf %29, %14 : f32
      %33 = arith.mulf %30, %14 : f32
      %34 = arith.addf %31, %cst_14 : f32
      %35 = arith.addf %32, %cst_13 : f32
      %36 = arith.addf %33, %cst_12 : f32
      %37 = arith.mulf %34, %13 : f32
      %38 = arith.mulf %35, %14 : f32
      %39 = arith.mulf %36, %14 : f32
      %40 = arith.addf %37, %cst_11 : f32
      %41 = arith.addf %38, %cst_10 : f32
      %42 = arith.addf %39, %cst_9 : f32
      %43 = arith.mulf %40, %13 : f32
      %44 = arith.mulf %41, %14 : f32
      %45 = arith.mulf %42, %14 : f32
      %46 = arith.addf %43, %cst_8 : f32
      %47 = arith.addf %44, %cst_7 : f32
      %48 = arith.addf %45, %cst_6 : f32
      %49 = arith.mulf %46, %13 : f32
      %50 = arith.mulf %47, %14 : f32
      %51 = arith.mulf %48, %14 : f32
      %52 = arith.addf %49, %cst_5 : f32
      %53 = arith.negf %13 : f32
      %54 = math.exp %53 : f32
      %55 = math.absf %12 : f32
      %56 = arith.divf %cst_25, %55 : f32
      %57 = arith.cmpf olt, %55, %cst_2 : f32
      %58 = arith.addf %50, %cst_4 : f32
      %59 = arith.addf %51, %cst_3 : f32
      %60 = arith.mulf %52, %13 : f32
      %61 = arith.mulf %54, %56 : f32
      %62 = arith.select %57, %58, %59 : f32
      %63 = arith.addf %60, %cst_1 : f32
      %64 = arith.cmpf olt, %53, %cst_0 : f32
      %65 = arith.mulf %61, %62 : f32
      %66 = arith.mulf %12, %63 : f32
      %67 = arith.cmpf olt, %12, %cst_28 : f32
      %68 = arith.select %64, %cst_28, %65 : f32
      %69 = arith.subf %cst_2, %68 : f32
      %70 = arith.cmpf olt, %55, %cst_25 : f32
      %71 = arith.subf %cst_25, %66 : f32
      %72 = arith.select %67, %69, %68 : f32
      %73 = arith.mulf %10, %cst : f32
      %74 = arith.select %70, %71, %72 : f32
      %75 = arith.mulf %73, %74 : f32
      %76 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %inserted = tensor.insert %75 into %arg2[%76] : tensor<65536xf32>
      scf.yield %inserted : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %7 : tensor<65536xf32>
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(d0, th_x, bl_x) -> (d0 * 65536 + bl_x * 128 + th_x), domain: d0 in [0, 3], th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<262144xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<65536xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst_28) -> (f32) {
        %77 = xla.apply_indexing #indexing_map1(%arg3, %thread_id_x, %block_id_x)
        %extracted_29 = tensor.extract %arg1[%77] : tensor<262144xf32>
        %78 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %78 : f32
      }
      %extracted = tensor.extract %arg0[%8] : tensor<1024xf32>
      %10 = arith.addf %9, %extracted : f32
      %11 = arith.negf %10 : f32
      %12 = arith.mulf %11, %cst_26 : f32
      %13 = arith.mulf %12, %12 : f32
      %14 = arith.divf %cst_25, %13 : f32
      %15 = arith.mulf %14, %cst_27 : f32
      %16 = arith.addf %15, %cst_24 : f32
      %17 = arith.mulf %16, %14 : f32
      %18 = arith.mulf %14, %cst_23 : f32
      %19 = arith.addf %17, %cst_22 : f32
      %20 = arith.addf %18, %cst_21 : f32
      %21 = arith.mulf %19, %14 : f32
      %22 = arith.mulf %20, %14 : f32
      %23 = arith.addf %21, %cst_20 : f32
      %24 = arith.addf %22, %cst_19 : f32
      %25 = arith.mulf %13, %cst_18 : f32
      %26 = arith.mulf %23, %14 : f32
      %27 = arith.mulf %24, %14 : f32
      %28 = arith.addf %25, %cst_17 : f32
      %29 = arith.addf %26, %cst_16 : f32
      %30 = arith.addf %27, %cst_15 : f32
      %31 = arith.mulf %28, %13 : f32
      %32 = arith.mulf %29, %14 : f32
      %33 = arith.mulf %30, %14 : f32
      %34 = arith.addf %31, %cst_14 : f32
      %35 = arith.addf %32, %cst_13 : f32
      %36 = arith.addf %33, %cst_12 : f32
      %37 = arith.mulf %34, %13 : f32
      %38 = arith.mulf %35, %14 : f32
      %39 = arith.mulf %36, %14 : f32
      %40 = arith.addf %37, %cst_11 : f32
      %41 = arith.addf %38, %cst_10 : f32
      %42 = arith.addf %39, %cst_9 : f32
      %43 = arith.mulf %40, %13 : f32
      %44 = arith.mulf %41, %14 : f32
      %45 = arith.mulf %42, %14 : f32
      %46 = arith.addf %43, %cst_8 : f32
      %47 = arith.addf %44, %cst_7 : f32
      %48 = arith.addf %45, %cst_6 : f32
      %49 = arith.mulf %46, %13 : f32
      %50 = arith.mulf %47, %14 : f32
      %51 = arith.mulf %48, %14 : f32
      %52 = arith.addf %49, %cst_5 : f32
      %53 = arith.negf %13 : f32
      %54 = math.exp %53 : f32
      %55 = math.absf %12 : f32
      %56 = arith.divf %cst_25, %55 : f32
      %57 = arith.cmpf olt, %55, %cst_2 : f32
      %58 = arith.addf %50, %cst_4 : f32
      %59 = arith.addf %51, %cst_3 : f32
      %60 = arith.mulf %52, %13 : f32
      %61 = arith.mulf %54, %56 : f32
      %62 = arith.select %57, %58, %59 : f32
      %63 = arith.addf %60, %cst_1 : f32
      %64 = arith.cmpf olt, %53, %cst_0 : f32
      %65 = arith.mulf %61, %62 : f32
      %66 = arith.mulf %12, %63 : f32
      %67 = arith.cmpf olt, %12, %cst_28 : f32
      %68 = arith.select %64, %cst_28, %65 : f32
      %69 = arith.subf %cst_2, %68 : f32
      %70 = arith.cmpf olt, %55, %cst_25 : f32
      %71 = arith.subf %cst_25, %66 : f32
      %72 = arith.select %67, %69, %68 : f32
      %73 = arith.mulf %10, %cst : f32
      %74 = arith.select %70, %71, %72 : f32
      %75 = arith.mulf %73, %74 : f32
      %76 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %inserted = tensor.insert %75 into %arg2[%76] : tensor<65536xf32>
      scf.yield %inserted : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %7 : tensor<65536xf32>
  }
}


// -----// IR Dump Before VectorizeLoadsAndStoresPass: xla-vectorize-loads-stores{gpu_device_info= target_type=gpu} ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(d0, th_x, bl_x) -> (d0 * 65536 + bl_x * 128 + th_x), domain: d0 in [0, 3], th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<262144xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<65536xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst_28) -> (f32) {
        %77 = xla.apply_indexing #indexing_map1(%arg3, %thread_id_x, %block_id_x)
        %extracted_29 = tensor.extract %arg1[%77] : tensor<262144xf32>
        %78 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %78 : f32
      }
      %extracted = tensor.extract %arg0[%8] : tensor<1024xf32>
      %10 = arith.addf %9, %extracted : f32
      %11 = arith.negf %10 : f32
      %12 = arith.mulf %11, %cst_26 : f32
      %13 = arith.mulf %12, %12 : f32
      %14 = arith.divf %cst_25, %13 : f32
      %15 = arith.mulf %14, %cst_27 : f32
      %16 = arith.addf %15, %cst_24 : f32
      %17 = arith.mulf %16, %14 : f32
      %18 = arith.mulf %14, %cst_23 : f32
      %19 = arith.addf %17, %cst_22 : f32
      %20 = arith.addf %18, %cst_21 : f32
      %21 = arith.mulf %19, %14 : f32
      %22 = arith.mulf %20, %14 : f32
      %23 = arith.addf %21, %cst_20 : f32
      %24 = arith.addf %22, %cst_19 : f32
      %25 = arith.mulf %13, %cst_18 : f32
      %26 = arith.mulf %23, %14 : f32
      %27 = arith.mulf %24, %14 : f32
      %28 = arith.addf %25, %cst_17 : f32
      %29 = arith.addf %26, %cst_16 : f32
      %30 = arith.addf %27, %cst_15 : f32
      %31 = arith.mulf %28, %13 : f32
      %32 = arith.mulf %29, %14 : f32
      %33 = arith.mulf %30, %14 : f32
      %34 = arith.addf %31, %cst_14 : f32
      %35 = arith.addf %32, %cst_13 : f32
      %36 = arith.addf %33, %cst_12 : f32
      %37 = arith.mulf %34, %13 : f32
      %38 = arith.mulf %35, %14 : f32
      %39 = arith.mulf %36, %14 : f32
      %40 = arith.addf %37, %cst_11 : f32
      %41 = arith.addf %38, %cst_10 : f32
      %42 = arith.addf %39, %cst_9 : f32
      %43 = arith.mulf %40, %13 : f32
      %44 = arith.mulf %41, %14 : f32
      %45 = arith.mulf %42, %14 : f32
      %46 = arith.addf %43, %cst_8 : f32
      %47 = arith.addf %44, %cst_7 : f32
      %48 = arith.addf %45, %cst_6 : f32
      %49 = arith.mulf %46, %13 : f32
      %50 = arith.mulf %47, %14 : f32
      %51 = arith.mulf %48, %14 : f32
      %52 = arith.addf %49, %cst_5 : f32
      %53 = arith.negf %13 : f32
      %54 = math.exp %53 : f32
      %55 = math.absf %12 : f32
      %56 = arith.divf %cst_25, %55 : f32
      %57 = arith.cmpf olt, %55, %cst_2 : f32
      %58 = arith.addf %50, %cst_4 : f32
      %59 = arith.addf %51, %cst_3 : f32
      %60 = arith.mulf %52, %13 : f32
      %61 = arith.mulf %54, %56 : f32
      %62 = arith.select %57, %58, %59 : f32
      %63 = arith.addf %60, %cst_1 : f32
      %64 = arith.cmpf olt, %53, %cst_0 : f32
      %65 = arith.mulf %61, %62 : f32
      %66 = arith.mulf %12, %63 : f32
      %67 = arith.cmpf olt, %12, %cst_28 : f32
      %68 = arith.select %64, %cst_28, %65 : f32
      %69 = arith.subf %cst_2, %68 : f32
      %70 = arith.cmpf olt, %55, %cst_25 : f32
      %71 = arith.subf %cst_25, %66 : f32
      %72 = arith.select %67, %69, %68 : f32
      %73 = arith.mulf %10, %cst : f32
      %74 = arith.select %70, %71, %72 : f32
      %75 = arith.mulf %73, %74 : f32
      %76 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %inserted = tensor.insert %75 into %arg2[%76] : tensor<65536xf32>
      scf.yield %inserted : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %7 : tensor<65536xf32>
  }
}


// -----// IR Dump Before OptimizeLoopsPass: xla-gpu-optimize-loops{max_unroll_factor=1} ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(d0, th_x, bl_x) -> (d0 * 65536 + bl_x * 128 + th_x), domain: d0 in [0, 3], th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<262144xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<65536xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = scf.for %arg3 = %c0 to %c4 step %c1 iter_args(%arg4 = %cst_28) -> (f32) {
        %77 = xla.apply_indexing #indexing_map1(%arg3, %thread_id_x, %block_id_x)
        %extracted_29 = tensor.extract %arg1[%77] : tensor<262144xf32>
        %78 = arith.addf %arg4, %extracted_29 : f32
        scf.yield %78 : f32
      }
      %extracted = tensor.extract %arg0[%8] : tensor<1024xf32>
      %10 = arith.addf %9, %extracted : f32
      %11 = arith.negf %10 : f32
      %12 = arith.mulf %11, %cst_26 : f32
      %13 = arith.mulf %12, %12 : f32
      %14 = arith.divf %cst_25, %13 : f32
      %15 = arith.mulf %14, %cst_27 : f32
      %16 = arith.addf %15, %cst_24 : f32
      %17 = arith.mulf %16, %14 : f32
      %18 = arith.mulf %14, %cst_23 : f32
      %19 = arith.addf %17, %cst_22 : f32
      %20 = arith.addf %18, %cst_21 : f32
      %21 = arith.mulf %19, %14 : f32
      %22 = arith.mulf %20, %14 : f32
      %23 = arith.addf %21, %cst_20 : f32
      %24 = arith.addf %22, %cst_19 : f32
      %25 = arith.mulf %13, %cst_18 : f32
      %26 = arith.mulf %23, %14 : f32
      %27 = arith.mulf %24, %14 : f32
      %28 = arith.addf %25, %cst_17 : f32
      %29 = arith.addf %26, %cst_16 : f32
      %30 = arith.addf %27, %cst_15 : f32
      %31 = arith.mulf %28, %13 : f32
      %32 = arith.mulf %29, %14 : f32
      %33 = arith.mulf %30, %14 : f32
      %34 = arith.addf %31, %cst_14 : f32
      %35 = arith.addf %32, %cst_13 : f32
      %36 = arith.addf %33, %cst_12 : f32
      %37 = arith.mulf %34, %13 : f32
      %38 = arith.mulf %35, %14 : f32
      %39 = arith.mulf %36, %14 : f32
      %40 = arith.addf %37, %cst_11 : f32
      %41 = arith.addf %38, %cst_10 : f32
      %42 = arith.addf %39, %cst_9 : f32
      %43 = arith.mulf %40, %13 : f32
      %44 = arith.mulf %41, %14 : f32
      %45 = arith.mulf %42, %14 : f32
      %46 = arith.addf %43, %cst_8 : f32
      %47 = arith.addf %44, %cst_7 : f32
      %48 = arith.addf %45, %cst_6 : f32
      %49 = arith.mulf %46, %13 : f32
      %50 = arith.mulf %47, %14 : f32
      %51 = arith.mulf %48, %14 : f32
      %52 = arith.addf %49, %cst_5 : f32
      %53 = arith.negf %13 : f32
      %54 = math.exp %53 : f32
      %55 = math.absf %12 : f32
      %56 = arith.divf %cst_25, %55 : f32
      %57 = arith.cmpf olt, %55, %cst_2 : f32
      %58 = arith.addf %50, %cst_4 : f32
      %59 = arith.addf %51, %cst_3 : f32
      %60 = arith.mulf %52, %13 : f32
      %61 = arith.mulf %54, %56 : f32
      %62 = arith.select %57, %58, %59 : f32
      %63 = arith.addf %60, %cst_1 : f32
      %64 = arith.cmpf olt, %53, %cst_0 : f32
      %65 = arith.mulf %61, %62 : f32
      %66 = arith.mulf %12, %63 : f32
      %67 = arith.cmpf olt, %12, %cst_28 : f32
      %68 = arith.select %64, %cst_28, %65 : f32
      %69 = arith.subf %cst_2, %68 : f32
      %70 = arith.cmpf olt, %55, %cst_25 : f32
      %71 = arith.subf %cst_25, %66 : f32
      %72 = arith.select %67, %69, %68 : f32
      %73 = arith.mulf %10, %cst : f32
      %74 = arith.select %70, %71, %72 : f32
      %75 = arith.mulf %73, %74 : f32
      %76 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %inserted = tensor.insert %75 into %arg2[%76] : tensor<65536xf32>
      scf.yield %inserted : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %7 : tensor<65536xf32>
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(d0, th_x, bl_x) -> (d0 * 65536 + bl_x * 128 + th_x), domain: d0 in [0, 3], th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<262144xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c3 = arith.constant 3 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<65536xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = xla.apply_indexing #indexing_map1(%c0, %thread_id_x, %block_id_x)
      %extracted = tensor.extract %arg1[%9] : tensor<262144xf32>
      %10 = arith.addf %extracted, %cst_28 : f32
      %11 = xla.apply_indexing #indexing_map1(%c1, %thread_id_x, %block_id_x)
      %extracted_29 = tensor.extract %arg1[%11] : tensor<262144xf32>
      %12 = arith.addf %10, %extracted_29 : f32
      %13 = xla.apply_indexing #indexing_map1(%c2, %thread_id_x, %block_id_x)
      %extracted_30 = tensor.extract %arg1[%13] : tensor<262144xf32>
      %14 = arith.addf %12, %extracted_30 : f32
      %15 = xla.apply_indexing #indexing_map1(%c3, %thread_id_x, %block_id_x)
      %extracted_31 = tensor.extract %arg1[%15] : tensor<262144xf32>
      %16 = arith.addf %14, %extracted_31 : f32
      %extracted_32 = tensor.extract %arg0[%8] : tensor<1024xf32>
      %17 = arith.addf %16, %extracted_32 : f32
      %18 = arith.negf %17 : f32
      %19 = arith.mulf %18, %cst_26 : f32
      %20 = arith.mulf %19, %19 : f32
      %21 = arith.divf %cst_25, %20 : f32
      %22 = arith.mulf %21, %cst_27 : f32
      %23 = arith.addf %22, %cst_24 : f32
      %24 = arith.mulf %23, %21 : f32
      %25 = arith.mulf %21, %cst_23 : f32
      %26 = arith.addf %24, %cst_22 : f32
      %27 = arith.addf %25, %cst_21 : f32
      %28 = arith.mulf %26, %21 : f32
      %29 = arith.mulf %27, %21 : f32
      %30 = arith.addf %28, %cst_20 : f32
      %31 = arith.addf %29, %cst_19 : f32
      %32 = arith.mulf %20, %cst_18 : f32
      %33 = arith.mulf %30, %21 : f32
      %34 = arith.mulf %31, %21 : f32
      %35 = arith.addf %32, %cst_17 : f32
      %36 = arith.addf %33, %cst_16 : f32
      %37 = arith.addf %34, %cst_15 : f32
      %38 = arith.mulf %35, %20 : f32
      %39 = arith.mulf %36, %21 : f32
      %40 = arith.mulf %37, %21 : f32
      %41 = arith.addf %38, %cst_14 : f32
      %42 = arith.addf %39, %cst_13 : f32
      %43 = arith.addf %40, %cst_12 : f32
      %44 = arith.mulf %41, %20 : f32
      %45 = arith.mulf %42, %21 : f32
      %46 = arith.mulf %43, %21 : f32
      %47 = arith.addf %44, %cst_11 : f32
      %48 = arith.addf %45, %cst_10 : f32
      %49 = arith.addf %46, %cst_9 : f32
      %50 = arith.mulf %47, %20 : f32
      %51 = arith.mulf %48, %21 : f32
      %52 = arith.mulf %49, %21 : f32
      %53 = arith.addf %50, %cst_8 : f32
      %54 = arith.addf %51, %cst_7 : f32
      %55 = arith.addf %52, %cst_6 : f32
      %56 = arith.mulf %53, %20 : f32
      %57 = arith.mulf %54, %21 : f32
      %58 = arith.mulf %55, %21 : f32
      %59 = arith.addf %56, %cst_5 : f32
      %60 = arith.negf %20 : f32
      %61 = math.exp %60 : f32
      %62 = math.absf %19 : f32
      %63 = arith.divf %cst_25, %62 : f32
      %64 = arith.cmpf olt, %62, %cst_2 : f32
      %65 = arith.addf %57, %cst_4 : f32
      %66 = arith.addf %58, %cst_3 : f32
      %67 = arith.mulf %59, %20 : f32
      %68 = arith.mulf %61, %63 : f32
      %69 = arith.select %64, %65, %66 : f32
      %70 = arith.addf %67, %cst_1 : f32
      %71 = arith.cmpf olt, %60, %cst_0 : f32
      %72 = arith.mulf %68, %69 : f32
      %73 = arith.mulf %19, %70 : f32
      %74 = arith.cmpf olt, %19, %cst_28 : f32
      %75 = arith.select %71, %cst_28, %72 : f32
      %76 = arith.subf %cst_2, %75 : f32
      %77 = arith.cmpf olt, %62, %cst_25 : f32
      %78 = arith.subf %cst_25, %73 : f32
      %79 = arith.select %74, %76, %75 : f32
      %80 = arith.mulf %17, %cst : f32
      %81 = arith.select %77, %78, %79 : f32
      %82 = arith.mulf %80, %81 : f32
      %83 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %inserted = tensor.insert %82 into %arg2[%83] : tensor<65536xf32>
      scf.yield %inserted : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %7 : tensor<65536xf32>
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 65536), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 131072), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map4 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 196608), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<262144xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<65536xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %extracted = tensor.extract %arg1[%9] : tensor<262144xf32>
      %10 = arith.addf %extracted, %cst_28 : f32
      %11 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %extracted_29 = tensor.extract %arg1[%11] : tensor<262144xf32>
      %12 = arith.addf %10, %extracted_29 : f32
      %13 = xla.apply_indexing #indexing_map3(%thread_id_x, %block_id_x)
      %extracted_30 = tensor.extract %arg1[%13] : tensor<262144xf32>
      %14 = arith.addf %12, %extracted_30 : f32
      %15 = xla.apply_indexing #indexing_map4(%thread_id_x, %block_id_x)
      %extracted_31 = tensor.extract %arg1[%15] : tensor<262144xf32>
      %16 = arith.addf %14, %extracted_31 : f32
      %extracted_32 = tensor.extract %arg0[%8] : tensor<1024xf32>
      %17 = arith.addf %16, %extracted_32 : f32
      %18 = arith.negf %17 : f32
      %19 = arith.mulf %18, %cst_26 : f32
      %20 = arith.mulf %19, %19 : f32
      %21 = arith.divf %cst_25, %20 : f32
      %22 = arith.mulf %21, %cst_27 : f32
      %23 = arith.addf %22, %cst_24 : f32
      %24 = arith.mulf %23, %21 : f32
      %25 = arith.mulf %21, %cst_23 : f32
      %26 = arith.addf %24, %cst_22 : f32
      %27 = arith.addf %25, %cst_21 : f32
      %28 = arith.mulf %26, %21 : f32
      %29 = arith.mulf %27, %21 : f32
      %30 = arith.addf %28, %cst_20 : f32
      %31 = arith.addf %29, %cst_19 : f32
      %32 = arith.mulf %20, %cst_18 : f32
      %33 = arith.mulf %30, %21 : f32
      %34 = arith.mulf %31, %21 : f32
      %35 = arith.addf %32, %cst_17 : f32
      %36 = arith.addf %33, %cst_16 : f32
      %37 = arith.addf %34, %cst_15 : f32
      %38 = arith.mulf %35, %20 : f32
      %39 = arith.mulf %36, %21 : f32
      %40 = arith.mulf %37, %21 : f32
      %41 = arith.addf %38, %cst_14 : f32
      %42 = arith.addf %39, %cst_13 : f32
      %43 = arith.addf %40, %cst_12 : f32
      %44 = arith.mulf %41, %20 : f32
      %45 = arith.mulf %42, %21 : f32
      %46 = arith.mulf %43, %21 : f32
      %47 = arith.addf %44, %cst_11 : f32
      %48 = arith.addf %45, %cst_10 : f32
      %49 = arith.addf %46, %cst_9 : f32
      %50 = arith.mulf %47, %20 : f32
      %51 = arith.mulf %48, %21 : f32
      %52 = arith.mulf %49, %21 : f32
      %53 = arith.addf %50, %cst_8 : f32
      %54 = arith.addf %51, %cst_7 : f32
      %55 = arith.addf %52, %cst_6 : f32
      %56 = arith.mulf %53, %20 : f32
      %57 = arith.mulf %54, %21 : f32
      %58 = arith.mulf %55, %21 : f32
      %59 = arith.addf %56, %cst_5 : f32
      %60 = arith.negf %20 : f32
      %61 = math.exp %60 : f32
      %62 = math.absf %19 : f32
      %63 = arith.divf %cst_25, %62 : f32
      %64 = arith.cmpf olt, %62, %cst_2 : f32
      %65 = arith.addf %57, %cst_4 : f32
      %66 = arith.addf %58, %cst_3 : f32
      %67 = arith.mulf %59, %20 : f32
      %68 = arith.mulf %61, %63 : f32
      %69 = arith.select %64, %65, %66 : f32
      %70 = arith.addf %67, %cst_1 : f32
      %71 = arith.cmpf olt, %60, %cst_0 : f32
      %72 = arith.mulf %68, %69 : f32
      %73 = arith.mulf %19, %70 : f32
      %74 = arith.cmpf olt, %19, %cst_28 : f32
      %75 = arith.select %71, %cst_28, %72 : f32
      %76 = arith.subf %cst_2, %75 : f32
      %77 = arith.cmpf olt, %62, %cst_25 : f32
      %78 = arith.subf %cst_25, %73 : f32
      %79 = arith.select %74, %76, %75 : f32
      %80 = arith.mulf %17, %cst : f32
      %81 = arith.select %77, %78, %79 : f32
      %82 = arith.mulf %80, %81 : f32
      %83 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %inserted = tensor.insert %82 into %arg2[%83] : tensor<65536xf32>
      scf.yield %inserted : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %7 : tensor<65536xf32>
  }
}


// -----// IR Dump Before InsertPDLPass: xla-gpu-insert-pdl ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 65536), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 131072), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map4 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 196608), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<262144xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<65536xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %extracted = tensor.extract %arg1[%9] : tensor<262144xf32>
      %10 = arith.addf %extracted, %cst_28 : f32
      %11 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %extracted_29 = tensor.extract %arg1[%11] : tensor<262144xf32>
      %12 = arith.addf %10, %extracted_29 : f32
      %13 = xla.apply_indexing #indexing_map3(%thread_id_x, %block_id_x)
      %extracted_30 = tensor.extract %arg1[%13] : tensor<262144xf32>
      %14 = arith.addf %12, %extracted_30 : f32
      %15 = xla.apply_indexing #indexing_map4(%thread_id_x, %block_id_x)
      %extracted_31 = tensor.extract %arg1[%15] : tensor<262144xf32>
      %16 = arith.addf %14, %extracted_31 : f32
      %extracted_32 = tensor.extract %arg0[%8] : tensor<1024xf32>
      %17 = arith.addf %16, %extracted_32 : f32
      %18 = arith.negf %17 : f32
      %19 = arith.mulf %18, %cst_26 : f32
      %20 = arith.mulf %19, %19 : f32
      %21 = arith.divf %cst_25, %20 : f32
      %22 = arith.mulf %21, %cst_27 : f32
      %23 = arith.addf %22, %cst_24 : f32
      %24 = arith.mulf %23, %21 : f32
      %25 = arith.mulf %21, %cst_23 : f32
      %26 = arith.addf %24, %cst_22 : f32
      %27 = arith.addf %25, %cst_21 : f32
      %28 = arith.mulf %26, %21 : f32
      %29 = arith.mulf %27, %21 : f32
      %30 = arith.addf %28, %cst_20 : f32
      %31 = arith.addf %29, %cst_19 : f32
      %32 = arith.mulf %20, %cst_18 : f32
      %33 = arith.mulf %30, %21 : f32
      %34 = arith.mulf %31, %21 : f32
      %35 = arith.addf %32, %cst_17 : f32
      %36 = arith.addf %33, %cst_16 : f32
      %37 = arith.addf %34, %cst_15 : f32
      %38 = arith.mulf %35, %20 : f32
      %39 = arith.mulf %36, %21 : f32
      %40 = arith.mulf %37, %21 : f32
      %41 = arith.addf %38, %cst_14 : f32
      %42 = arith.addf %39, %cst_13 : f32
      %43 = arith.addf %40, %cst_12 : f32
      %44 = arith.mulf %41, %20 : f32
      %45 = arith.mulf %42, %21 : f32
      %46 = arith.mulf %43, %21 : f32
      %47 = arith.addf %44, %cst_11 : f32
      %48 = arith.addf %45, %cst_10 : f32
      %49 = arith.addf %46, %cst_9 : f32
      %50 = arith.mulf %47, %20 : f32
      %51 = arith.mulf %48, %21 : f32
      %52 = arith.mulf %49, %21 : f32
      %53 = arith.addf %50, %cst_8 : f32
      %54 = arith.addf %51, %cst_7 : f32
      %55 = arith.addf %52, %cst_6 : f32
      %56 = arith.mulf %53, %20 : f32
      %57 = arith.mulf %54, %21 : f32
      %58 = arith.mulf %55, %21 : f32
      %59 = arith.addf %56, %cst_5 : f32
      %60 = arith.negf %20 : f32
      %61 = math.exp %60 : f32
      %62 = math.absf %19 : f32
      %63 = arith.divf %cst_25, %62 : f32
      %64 = arith.cmpf olt, %62, %cst_2 : f32
      %65 = arith.addf %57, %cst_4 : f32
      %66 = arith.addf %58, %cst_3 : f32
      %67 = arith.mulf %59, %20 : f32
      %68 = arith.mulf %61, %63 : f32
      %69 = arith.select %64, %65, %66 : f32
      %70 = arith.addf %67, %cst_1 : f32
      %71 = arith.cmpf olt, %60, %cst_0 : f32
      %72 = arith.mulf %68, %69 : f32
      %73 = arith.mulf %19, %70 : f32
      %74 = arith.cmpf olt, %19, %cst_28 : f32
      %75 = arith.select %71, %cst_28, %72 : f32
      %76 = arith.subf %cst_2, %75 : f32
      %77 = arith.cmpf olt, %62, %cst_25 : f32
      %78 = arith.subf %cst_25, %73 : f32
      %79 = arith.select %74, %76, %75 : f32
      %80 = arith.mulf %17, %cst : f32
      %81 = arith.select %77, %78, %79 : f32
      %82 = arith.mulf %80, %81 : f32
      %inserted = tensor.insert %82 into %arg2[%9] : tensor<65536xf32>
      scf.yield %inserted : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %7 : tensor<65536xf32>
  }
}


// -----// IR Dump Before ConvertPureCallOpsPass: xla-convert-pure-call-ops ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 65536), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 131072), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map4 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 196608), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<262144xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    "xla_gpu.pdl_wait"() : () -> ()
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<65536xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %extracted = tensor.extract %arg1[%9] : tensor<262144xf32>
      %10 = arith.addf %extracted, %cst_28 : f32
      %11 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %extracted_29 = tensor.extract %arg1[%11] : tensor<262144xf32>
      %12 = arith.addf %10, %extracted_29 : f32
      %13 = xla.apply_indexing #indexing_map3(%thread_id_x, %block_id_x)
      %extracted_30 = tensor.extract %arg1[%13] : tensor<262144xf32>
      %14 = arith.addf %12, %extracted_30 : f32
      %15 = xla.apply_indexing #indexing_map4(%thread_id_x, %block_id_x)
      %extracted_31 = tensor.extract %arg1[%15] : tensor<262144xf32>
      %16 = arith.addf %14, %extracted_31 : f32
      %extracted_32 = tensor.extract %arg0[%8] : tensor<1024xf32>
      %17 = arith.addf %16, %extracted_32 : f32
      %18 = arith.negf %17 : f32
      %19 = arith.mulf %18, %cst_26 : f32
      %20 = arith.mulf %19, %19 : f32
      %21 = arith.divf %cst_25, %20 : f32
      %22 = arith.mulf %21, %cst_27 : f32
      %23 = arith.addf %22, %cst_24 : f32
      %24 = arith.mulf %23, %21 : f32
      %25 = arith.mulf %21, %cst_23 : f32
      %26 = arith.addf %24, %cst_22 : f32
      %27 = arith.addf %25, %cst_21 : f32
      %28 = arith.mulf %26, %21 : f32
      %29 = arith.mulf %27, %21 : f32
      %30 = arith.addf %28, %cst_20 : f32
      %31 = arith.addf %29, %cst_19 : f32
      %32 = arith.mulf %20, %cst_18 : f32
      %33 = arith.mulf %30, %21 : f32
      %34 = arith.mulf %31, %21 : f32
      %35 = arith.addf %32, %cst_17 : f32
      %36 = arith.addf %33, %cst_16 : f32
      %37 = arith.addf %34, %cst_15 : f32
      %38 = arith.mulf %35, %20 : f32
      %39 = arith.mulf %36, %21 : f32
      %40 = arith.mulf %37, %21 : f32
      %41 = arith.addf %38, %cst_14 : f32
      %42 = arith.addf %39, %cst_13 : f32
      %43 = arith.addf %40, %cst_12 : f32
      %44 = arith.mulf %41, %20 : f32
      %45 = arith.mulf %42, %21 : f32
      %46 = arith.mulf %43, %21 : f32
      %47 = arith.addf %44, %cst_11 : f32
      %48 = arith.addf %45, %cst_10 : f32
      %49 = arith.addf %46, %cst_9 : f32
      %50 = arith.mulf %47, %20 : f32
      %51 = arith.mulf %48, %21 : f32
      %52 = arith.mulf %49, %21 : f32
      %53 = arith.addf %50, %cst_8 : f32
      %54 = arith.addf %51, %cst_7 : f32
      %55 = arith.addf %52, %cst_6 : f32
      %56 = arith.mulf %53, %20 : f32
      %57 = arith.mulf %54, %21 : f32
      %58 = arith.mulf %55, %21 : f32
      %59 = arith.addf %56, %cst_5 : f32
      %60 = arith.negf %20 : f32
      %61 = math.exp %60 : f32
      %62 = math.absf %19 : f32
      %63 = arith.divf %cst_25, %62 : f32
      %64 = arith.cmpf olt, %62, %cst_2 : f32
      %65 = arith.addf %57, %cst_4 : f32
      %66 = arith.addf %58, %cst_3 : f32
      %67 = arith.mulf %59, %20 : f32
      %68 = arith.mulf %61, %63 : f32
      %69 = arith.select %64, %65, %66 : f32
      %70 = arith.addf %67, %cst_1 : f32
      %71 = arith.cmpf olt, %60, %cst_0 : f32
      %72 = arith.mulf %68, %69 : f32
      %73 = arith.mulf %19, %70 : f32
      %74 = arith.cmpf olt, %19, %cst_28 : f32
      %75 = arith.select %71, %cst_28, %72 : f32
      %76 = arith.subf %cst_2, %75 : f32
      %77 = arith.cmpf olt, %62, %cst_25 : f32
      %78 = arith.subf %cst_25, %73 : f32
      %79 = arith.select %74, %76, %75 : f32
      %80 = arith.mulf %17, %cst : f32
      %81 = arith.select %77, %78, %79 : f32
      %82 = arith.mulf %80, %81 : f32
      %inserted = tensor.insert %82 into %arg2[%9] : tensor<65536xf32>
      scf.yield %inserted : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %7 : tensor<65536xf32>
  }
}


// -----// IR Dump Before LowerTensorsPass: xla-lower-tensors{gpu_device_info= target_type=gpu} ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 65536), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 131072), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map4 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 196608), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: tensor<1024xf32> {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: tensor<262144xf32> {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: tensor<65536xf32> {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) -> tensor<65536xf32> attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c511 = arith.constant 511 : index
    %c127 = arith.constant 127 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 2.326820e-02 : f32
    %cst_1 = arith.constant 0.707106769 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant -0.138703942 : f32
    %cst_4 = arith.constant -10.477664 : f32
    %cst_5 = arith.constant 0.368742466 : f32
    %cst_6 = arith.constant 1.297720e+01 : f32
    %cst_7 = arith.constant -0.582473278 : f32
    %cst_8 = arith.constant -7.49551868 : f32
    %cst_9 = arith.constant 7.85386146E-5 : f32
    %cst_10 = arith.constant -8.0101937E-4 : f32
    %cst_11 = arith.constant 0.621000468 : f32
    %cst_12 = arith.constant 2.92101908 : f32
    %cst_13 = arith.constant 0.00518832775 : f32
    %cst_14 = arith.constant -0.494451523 : f32
    %cst_15 = arith.constant -1.01526523 : f32
    %cst_16 = arith.constant -0.0268538129 : f32
    %cst_17 = arith.constant 3.404880e-01 : f32
    %cst_18 = arith.constant 0.42184633 : f32
    %cst_19 = arith.constant 0.112835854 : f32
    %cst_20 = arith.constant -0.274112701 : f32
    %cst_21 = arith.constant -0.282076746 : f32
    %cst_22 = arith.constant -0.37612626 : f32
    %cst_23 = arith.constant 0.563825965 : f32
    %cst_24 = arith.constant 0.564189494 : f32
    %cst_25 = arith.constant 2.000000e+00 : f32
    %cst_26 = arith.constant 1.12837911 : f32
    %cst_27 = arith.constant -88.7228394 : f32
    %cst_28 = arith.constant 5.000000e-01 : f32
    "xla_gpu.pdl_wait"() : () -> ()
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    %7 = scf.if %6 -> (tensor<65536xf32>) {
      %8 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %9 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %extracted = tensor.extract %arg1[%9] : tensor<262144xf32>
      %10 = arith.addf %extracted, %cst : f32
      %11 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %extracted_29 = tensor.extract %arg1[%11] : tensor<262144xf32>
      %12 = arith.addf %10, %extracted_29 : f32
      %13 = xla.apply_indexing #indexing_map3(%thread_id_x, %block_id_x)
      %extracted_30 = tensor.extract %arg1[%13] : tensor<262144xf32>
      %14 = arith.addf %12, %extracted_30 : f32
      %15 = xla.apply_indexing #indexing_map4(%thread_id_x, %block_id_x)
      %extracted_31 = tensor.extract %arg1[%15] : tensor<262144xf32>
      %16 = arith.addf %14, %extracted_31 : f32
      %extracted_32 = tensor.extract %arg0[%8] : tensor<1024xf32>
      %17 = arith.addf %16, %extracted_32 : f32
      %18 = arith.negf %17 : f32
      %19 = arith.mulf %18, %cst_1 : f32
      %20 = arith.mulf %19, %19 : f32
      %21 = arith.divf %cst_2, %20 : f32
      %22 = arith.mulf %21, %cst_0 : f32
      %23 = arith.addf %22, %cst_3 : f32
      %24 = arith.mulf %23, %21 : f32
      %25 = arith.mulf %21, %cst_4 : f32
      %26 = arith.addf %24, %cst_5 : f32
      %27 = arith.addf %25, %cst_6 : f32
      %28 = arith.mulf %26, %21 : f32
      %29 = arith.mulf %27, %21 : f32
      %30 = arith.addf %28, %cst_7 : f32
      %31 = arith.addf %29, %cst_8 : f32
      %32 = arith.mulf %20, %cst_9 : f32
      %33 = arith.mulf %30, %21 : f32
      %34 = arith.mulf %31, %21 : f32
      %35 = arith.addf %32, %cst_10 : f32
      %36 = arith.addf %33, %cst_11 : f32
      %37 = arith.addf %34, %cst_12 : f32
      %38 = arith.mulf %35, %20 : f32
      %39 = arith.mulf %36, %21 : f32
      %40 = arith.mulf %37, %21 : f32
      %41 = arith.addf %38, %cst_13 : f32
      %42 = arith.addf %39, %cst_14 : f32
      %43 = arith.addf %40, %cst_15 : f32
      %44 = arith.mulf %41, %20 : f32
      %45 = arith.mulf %42, %21 : f32
      %46 = arith.mulf %43, %21 : f32
      %47 = arith.addf %44, %cst_16 : f32
      %48 = arith.addf %45, %cst_17 : f32
      %49 = arith.addf %46, %cst_18 : f32
      %50 = arith.mulf %47, %20 : f32
      %51 = arith.mulf %48, %21 : f32
      %52 = arith.mulf %49, %21 : f32
      %53 = arith.addf %50, %cst_19 : f32
      %54 = arith.addf %51, %cst_20 : f32
      %55 = arith.addf %52, %cst_21 : f32
      %56 = arith.mulf %53, %20 : f32
      %57 = arith.mulf %54, %21 : f32
      %58 = arith.mulf %55, %21 : f32
      %59 = arith.addf %56, %cst_22 : f32
      %60 = arith.negf %20 : f32
      %61 = math.exp %60 : f32
      %62 = math.absf %19 : f32
      %63 = arith.divf %cst_2, %62 : f32
      %64 = arith.cmpf olt, %62, %cst_25 : f32
      %65 = arith.addf %57, %cst_23 : f32
      %66 = arith.addf %58, %cst_24 : f32
      %67 = arith.mulf %59, %20 : f32
      %68 = arith.mulf %61, %63 : f32
      %69 = arith.select %64, %65, %66 : f32
      %70 = arith.addf %67, %cst_26 : f32
      %71 = arith.cmpf olt, %60, %cst_27 : f32
      %72 = arith.mulf %68, %69 : f32
      %73 = arith.mulf %19, %70 : f32
      %74 = arith.cmpf olt, %19, %cst : f32
      %75 = arith.select %71, %cst, %72 : f32
      %76 = arith.subf %cst_25, %75 : f32
      %77 = arith.cmpf olt, %62, %cst_2 : f32
      %78 = arith.subf %cst_2, %73 : f32
      %79 = arith.select %74, %76, %75 : f32
      %80 = arith.mulf %17, %cst_28 : f32
      %81 = arith.select %77, %78, %79 : f32
      %82 = arith.mulf %80, %81 : f32
      %inserted = tensor.insert %82 into %arg2[%9] : tensor<65536xf32>
      scf.yield %inserted : tensor<65536xf32>
    } else {
      scf.yield %arg2 : tensor<65536xf32>
    }
    return %7 : tensor<65536xf32>
  }
}


// -----// IR Dump Before LowerPdlWaitPass: xla-lower-pdl-wait ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 65536), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 131072), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map4 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 196608), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    "xla_gpu.pdl_wait"() : () -> ()
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    scf.if %6 {
      %7 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %8 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %9 = arith.index_castui %8 : index to i32
      %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %11 = llvm.load %10 : !llvm.ptr -> f32
      %12 = arith.addf %11, %cst_28 : f32
      %13 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %14 = arith.index_castui %13 : index to i32
      %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %16 = llvm.load %15 : !llvm.ptr -> f32
      %17 = arith.addf %12, %16 : f32
      %18 = xla.apply_indexing #indexing_map3(%thread_id_x, %block_id_x)
      %19 = arith.index_castui %18 : index to i32
      %20 = llvm.getelementptr inbounds %arg1[0, %19] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %21 = llvm.load %20 : !llvm.ptr -> f32
      %22 = arith.addf %17, %21 : f32
      %23 = xla.apply_indexing #indexing_map4(%thread_id_x, %block_id_x)
      %24 = arith.index_castui %23 : index to i32
      %25 = llvm.getelementptr inbounds %arg1[0, %24] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %26 = llvm.load %25 : !llvm.ptr -> f32
      %27 = arith.addf %22, %26 : f32
      %28 = arith.index_castui %7 : index to i32
      %29 = llvm.getelementptr inbounds %arg0[0, %28] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
      %30 = llvm.load %29 invariant : !llvm.ptr -> f32
      %31 = arith.addf %27, %30 : f32
      %32 = arith.negf %31 : f32
      %33 = arith.mulf %32, %cst_26 : f32
      %34 = arith.mulf %33, %33 : f32
      %35 = arith.divf %cst_25, %34 : f32
      %36 = arith.mulf %35, %cst_27 : f32
      %37 = arith.addf %36, %cst_24 : f32
      %38 = arith.mulf %37, %35 : f32
      %39 = arith.mulf %35, %cst_23 : f32
      %40 = arith.addf %38, %cst_22 : f32
      %41 = arith.addf %39, %cst_21 : f32
      %42 = arith.mulf %40, %35 : f32
      %43 = arith.mulf %41, %35 : f32
      %44 = arith.addf %42, %cst_20 : f32
      %45 = arith.addf %43, %cst_19 : f32
      %46 = arith.mulf %34, %cst_18 : f32
      %47 = arith.mulf %44, %35 : f32
      %48 = arith.mulf %45, %35 : f32
      %49 = arith.addf %46, %cst_17 : f32
      %50 = arith.addf %47, %cst_16 : f32
      %51 = arith.addf %48, %cst_15 : f32
      %52 = arith.mulf %49, %34 : f32
      %53 = arith.mulf %50, %35 : f32
      %54 = arith.mulf %51, %35 : f32
      %55 = arith.addf %52, %cst_14 : f32
      %56 = arith.addf %53, %cst_13 : f32
      %57 = arith.addf %54, %cst_12 : f32
      %58 = arith.mulf %55, %34 : f32
      %59 = arith.mulf %56, %35 : f32
      %60 = arith.mulf %57, %35 : f32
      %61 = arith.addf %58, %cst_11 : f32
      %62 = arith.addf %59, %cst_10 : f32
      %63 = arith.addf %60, %cst_9 : f32
      %64 = arith.mulf %61, %34 : f32
      %65 = arith.mulf %62, %35 : f32
      %66 = arith.mulf %63, %35 : f32
      %67 = arith.addf %64, %cst_8 : f32
      %68 = arith.addf %65, %cst_7 : f32
      %69 = arith.addf %66, %cst_6 : f32
      %70 = arith.mulf %67, %34 : f32
      %71 = arith.mulf %68, %35 : f32
      %72 = arith.mulf %69, %35 : f32
      %73 = arith.addf %70, %cst_5 : f32
      %74 = arith.negf %34 : f32
      %75 = math.exp %74 : f32
      %76 = math.absf %33 : f32
      %77 = arith.divf %cst_25, %76 : f32
      %78 = arith.cmpf olt, %76, %cst_2 : f32
      %79 = arith.addf %71, %cst_4 : f32
      %80 = arith.addf %72, %cst_3 : f32
      %81 = arith.mulf %73, %34 : f32
      %82 = arith.mulf %75, %77 : f32
      %83 = arith.select %78, %79, %80 : f32
      %84 = arith.addf %81, %cst_1 : f32
      %85 = arith.cmpf olt, %74, %cst_0 : f32
      %86 = arith.mulf %82, %83 : f32
      %87 = arith.mulf %33, %84 : f32
      %88 = arith.cmpf olt, %33, %cst_28 : f32
      %89 = arith.select %85, %cst_28, %86 : f32
      %90 = arith.subf %cst_2, %89 : f32
      %91 = arith.cmpf olt, %76, %cst_25 : f32
      %92 = arith.subf %cst_25, %87 : f32
      %93 = arith.select %88, %90, %89 : f32
      %94 = arith.mulf %31, %cst : f32
      %95 = arith.select %91, %92, %93 : f32
      %96 = arith.mulf %94, %95 : f32
      %97 = arith.index_castui %8 : index to i32
      %98 = llvm.getelementptr inbounds %arg2[0, %97] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
      llvm.store %96, %98 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before ConvertComplexToStandardPass: convert-complex-to-standard{complex-range=improved} ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 65536), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 131072), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map4 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 196608), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    scf.if %6 {
      %7 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %8 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %9 = arith.index_castui %8 : index to i32
      %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %11 = llvm.load %10 : !llvm.ptr -> f32
      %12 = arith.addf %11, %cst_28 : f32
      %13 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %14 = arith.index_castui %13 : index to i32
      %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %16 = llvm.load %15 : !llvm.ptr -> f32
      %17 = arith.addf %12, %16 : f32
      %18 = xla.apply_indexing #indexing_map3(%thread_id_x, %block_id_x)
      %19 = arith.index_castui %18 : index to i32
      %20 = llvm.getelementptr inbounds %arg1[0, %19] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %21 = llvm.load %20 : !llvm.ptr -> f32
      %22 = arith.addf %17, %21 : f32
      %23 = xla.apply_indexing #indexing_map4(%thread_id_x, %block_id_x)
      %24 = arith.index_castui %23 : index to i32
      %25 = llvm.getelementptr inbounds %arg1[0, %24] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %26 = llvm.load %25 : !llvm.ptr -> f32
      %27 = arith.addf %22, %26 : f32
      %28 = arith.index_castui %7 : index to i32
      %29 = llvm.getelementptr inbounds %arg0[0, %28] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
      %30 = llvm.load %29 invariant : !llvm.ptr -> f32
      %31 = arith.addf %27, %30 : f32
      %32 = arith.negf %31 : f32
      %33 = arith.mulf %32, %cst_26 : f32
      %34 = arith.mulf %33, %33 : f32
      %35 = arith.divf %cst_25, %34 : f32
      %36 = arith.mulf %35, %cst_27 : f32
      %37 = arith.addf %36, %cst_24 : f32
      %38 = arith.mulf %37, %35 : f32
      %39 = arith.mulf %35, %cst_23 : f32
      %40 = arith.addf %38, %cst_22 : f32
      %41 = arith.addf %39, %cst_21 : f32
      %42 = arith.mulf %40, %35 : f32
      %43 = arith.mulf %41, %35 : f32
      %44 = arith.addf %42, %cst_20 : f32
      %45 = arith.addf %43, %cst_19 : f32
      %46 = arith.mulf %34, %cst_18 : f32
      %47 = arith.mulf %44, %35 : f32
      %48 = arith.mulf %45, %35 : f32
      %49 = arith.addf %46, %cst_17 : f32
      %50 = arith.addf %47, %cst_16 : f32
      %51 = arith.addf %48, %cst_15 : f32
      %52 = arith.mulf %49, %34 : f32
      %53 = arith.mulf %50, %35 : f32
      %54 = arith.mulf %51, %35 : f32
      %55 = arith.addf %52, %cst_14 : f32
      %56 = arith.addf %53, %cst_13 : f32
      %57 = arith.addf %54, %cst_12 : f32
      %58 = arith.mulf %55, %34 : f32
      %59 = arith.mulf %56, %35 : f32
      %60 = arith.mulf %57, %35 : f32
      %61 = arith.addf %58, %cst_11 : f32
      %62 = arith.addf %59, %cst_10 : f32
      %63 = arith.addf %60, %cst_9 : f32
      %64 = arith.mulf %61, %34 : f32
      %65 = arith.mulf %62, %35 : f32
      %66 = arith.mulf %63, %35 : f32
      %67 = arith.addf %64, %cst_8 : f32
      %68 = arith.addf %65, %cst_7 : f32
      %69 = arith.addf %66, %cst_6 : f32
      %70 = arith.mulf %67, %34 : f32
      %71 = arith.mulf %68, %35 : f32
      %72 = arith.mulf %69, %35 : f32
      %73 = arith.addf %70, %cst_5 : f32
      %74 = arith.negf %34 : f32
      %75 = math.exp %74 : f32
      %76 = math.absf %33 : f32
      %77 = arith.divf %cst_25, %76 : f32
      %78 = arith.cmpf olt, %76, %cst_2 : f32
      %79 = arith.addf %71, %cst_4 : f32
      %80 = arith.addf %72, %cst_3 : f32
      %81 = arith.mulf %73, %34 : f32
      %82 = arith.mulf %75, %77 : f32
      %83 = arith.select %78, %79, %80 : f32
      %84 = arith.addf %81, %cst_1 : f32
      %85 = arith.cmpf olt, %74, %cst_0 : f32
      %86 = arith.mulf %82, %83 : f32
      %87 = arith.mulf %33, %84 : f32
      %88 = arith.cmpf olt, %33, %cst_28 : f32
      %89 = arith.select %85, %cst_28, %86 : f32
      %90 = arith.subf %cst_2, %89 : f32
      %91 = arith.cmpf olt, %76, %cst_25 : f32
      %92 = arith.subf %cst_25, %87 : f32
      %93 = arith.select %88, %90, %89 : f32
      %94 = arith.mulf %31, %cst : f32
      %95 = arith.select %91, %92, %93 : f32
      %96 = arith.mulf %94, %95 : f32
      %97 = arith.index_castui %8 : index to i32
      %98 = llvm.getelementptr inbounds %arg2[0, %97] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
      llvm.store %96, %98 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before MergePointersToSameSlicePass: xla-merge-pointers ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 65536), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 131072), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map4 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 196608), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, xla.invariant, xla.slice_index = 0 : index}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index, xla.not_invariant, xla.slice_index = 1 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, xla.slice_index = 2 : index}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    scf.if %6 {
      %7 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %8 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %9 = arith.index_castui %8 : index to i32
      %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %11 = llvm.load %10 : !llvm.ptr -> f32
      %12 = arith.addf %11, %cst_28 : f32
      %13 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %14 = arith.index_castui %13 : index to i32
      %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %16 = llvm.load %15 : !llvm.ptr -> f32
      %17 = arith.addf %12, %16 : f32
      %18 = xla.apply_indexing #indexing_map3(%thread_id_x, %block_id_x)
      %19 = arith.index_castui %18 : index to i32
      %20 = llvm.getelementptr inbounds %arg1[0, %19] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %21 = llvm.load %20 : !llvm.ptr -> f32
      %22 = arith.addf %17, %21 : f32
      %23 = xla.apply_indexing #indexing_map4(%thread_id_x, %block_id_x)
      %24 = arith.index_castui %23 : index to i32
      %25 = llvm.getelementptr inbounds %arg1[0, %24] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %26 = llvm.load %25 : !llvm.ptr -> f32
      %27 = arith.addf %22, %26 : f32
      %28 = arith.index_castui %7 : index to i32
      %29 = llvm.getelementptr inbounds %arg0[0, %28] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
      %30 = llvm.load %29 invariant : !llvm.ptr -> f32
      %31 = arith.addf %27, %30 : f32
      %32 = arith.negf %31 : f32
      %33 = arith.mulf %32, %cst_26 : f32
      %34 = arith.mulf %33, %33 : f32
      %35 = arith.divf %cst_25, %34 : f32
      %36 = arith.mulf %35, %cst_27 : f32
      %37 = arith.addf %36, %cst_24 : f32
      %38 = arith.mulf %37, %35 : f32
      %39 = arith.mulf %35, %cst_23 : f32
      %40 = arith.addf %38, %cst_22 : f32
      %41 = arith.addf %39, %cst_21 : f32
      %42 = arith.mulf %40, %35 : f32
      %43 = arith.mulf %41, %35 : f32
      %44 = arith.addf %42, %cst_20 : f32
      %45 = arith.addf %43, %cst_19 : f32
      %46 = arith.mulf %34, %cst_18 : f32
      %47 = arith.mulf %44, %35 : f32
      %48 = arith.mulf %45, %35 : f32
      %49 = arith.addf %46, %cst_17 : f32
      %50 = arith.addf %47, %cst_16 : f32
      %51 = arith.addf %48, %cst_15 : f32
      %52 = arith.mulf %49, %34 : f32
      %53 = arith.mulf %50, %35 : f32
      %54 = arith.mulf %51, %35 : f32
      %55 = arith.addf %52, %cst_14 : f32
      %56 = arith.addf %53, %cst_13 : f32
      %57 = arith.addf %54, %cst_12 : f32
      %58 = arith.mulf %55, %34 : f32
      %59 = arith.mulf %56, %35 : f32
      %60 = arith.mulf %57, %35 : f32
      %61 = arith.addf %58, %cst_11 : f32
      %62 = arith.addf %59, %cst_10 : f32
      %63 = arith.addf %60, %cst_9 : f32
      %64 = arith.mulf %61, %34 : f32
      %65 = arith.mulf %62, %35 : f32
      %66 = arith.mulf %63, %35 : f32
      %67 = arith.addf %64, %cst_8 : f32
      %68 = arith.addf %65, %cst_7 : f32
      %69 = arith.addf %66, %cst_6 : f32
      %70 = arith.mulf %67, %34 : f32
      %71 = arith.mulf %68, %35 : f32
      %72 = arith.mulf %69, %35 : f32
      %73 = arith.addf %70, %cst_5 : f32
      %74 = arith.negf %34 : f32
      %75 = math.exp %74 : f32
      %76 = math.absf %33 : f32
      %77 = arith.divf %cst_25, %76 : f32
      %78 = arith.cmpf olt, %76, %cst_2 : f32
      %79 = arith.addf %71, %cst_4 : f32
      %80 = arith.addf %72, %cst_3 : f32
      %81 = arith.mulf %73, %34 : f32
      %82 = arith.mulf %75, %77 : f32
      %83 = arith.select %78, %79, %80 : f32
      %84 = arith.addf %81, %cst_1 : f32
      %85 = arith.cmpf olt, %74, %cst_0 : f32
      %86 = arith.mulf %82, %83 : f32
      %87 = arith.mulf %33, %84 : f32
      %88 = arith.cmpf olt, %33, %cst_28 : f32
      %89 = arith.select %85, %cst_28, %86 : f32
      %90 = arith.subf %cst_2, %89 : f32
      %91 = arith.cmpf olt, %76, %cst_25 : f32
      %92 = arith.subf %cst_25, %87 : f32
      %93 = arith.select %88, %90, %89 : f32
      %94 = arith.mulf %31, %cst : f32
      %95 = arith.select %91, %92, %93 : f32
      %96 = arith.mulf %94, %95 : f32
      %97 = arith.index_castui %8 : index to i32
      %98 = llvm.getelementptr inbounds %arg2[0, %97] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
      llvm.store %96, %98 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before CanonicalizerPass: canonicalize{cse-between-iterations=false    max-iterations=10 max-num-rewrites=-1 region-simplify=normal test-convergence=false top-down=true} ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 65536), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 131072), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map4 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 196608), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    scf.if %6 {
      %7 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %8 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %9 = arith.index_castui %8 : index to i32
      %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %11 = llvm.load %10 : !llvm.ptr -> f32
      %12 = arith.addf %11, %cst_28 : f32
      %13 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %14 = arith.index_castui %13 : index to i32
      %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %16 = llvm.load %15 : !llvm.ptr -> f32
      %17 = arith.addf %12, %16 : f32
      %18 = xla.apply_indexing #indexing_map3(%thread_id_x, %block_id_x)
      %19 = arith.index_castui %18 : index to i32
      %20 = llvm.getelementptr inbounds %arg1[0, %19] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %21 = llvm.load %20 : !llvm.ptr -> f32
      %22 = arith.addf %17, %21 : f32
      %23 = xla.apply_indexing #indexing_map4(%thread_id_x, %block_id_x)
      %24 = arith.index_castui %23 : index to i32
      %25 = llvm.getelementptr inbounds %arg1[0, %24] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %26 = llvm.load %25 : !llvm.ptr -> f32
      %27 = arith.addf %22, %26 : f32
      %28 = arith.index_castui %7 : index to i32
      %29 = llvm.getelementptr inbounds %arg0[0, %28] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
      %30 = llvm.load %29 invariant : !llvm.ptr -> f32
      %31 = arith.addf %27, %30 : f32
      %32 = arith.negf %31 : f32
      %33 = arith.mulf %32, %cst_26 : f32
      %34 = arith.mulf %33, %33 : f32
      %35 = arith.divf %cst_25, %34 : f32
      %36 = arith.mulf %35, %cst_27 : f32
      %37 = arith.addf %36, %cst_24 : f32
      %38 = arith.mulf %37, %35 : f32
      %39 = arith.mulf %35, %cst_23 : f32
      %40 = arith.addf %38, %cst_22 : f32
      %41 = arith.addf %39, %cst_21 : f32
      %42 = arith.mulf %40, %35 : f32
      %43 = arith.mulf %41, %35 : f32
      %44 = arith.addf %42, %cst_20 : f32
      %45 = arith.addf %43, %cst_19 : f32
      %46 = arith.mulf %34, %cst_18 : f32
      %47 = arith.mulf %44, %35 : f32
      %48 = arith.mulf %45, %35 : f32
      %49 = arith.addf %46, %cst_17 : f32
      %50 = arith.addf %47, %cst_16 : f32
      %51 = arith.addf %48, %cst_15 : f32
      %52 = arith.mulf %49, %34 : f32
      %53 = arith.mulf %50, %35 : f32
      %54 = arith.mulf %51, %35 : f32
      %55 = arith.addf %52, %cst_14 : f32
      %56 = arith.addf %53, %cst_13 : f32
      %57 = arith.addf %54, %cst_12 : f32
      %58 = arith.mulf %55, %34 : f32
      %59 = arith.mulf %56, %35 : f32
      %60 = arith.mulf %57, %35 : f32
      %61 = arith.addf %58, %cst_11 : f32
      %62 = arith.addf %59, %cst_10 : f32
      %63 = arith.addf %60, %cst_9 : f32
      %64 = arith.mulf %61, %34 : f32
      %65 = arith.mulf %62, %35 : f32
      %66 = arith.mulf %63, %35 : f32
      %67 = arith.addf %64, %cst_8 : f32
      %68 = arith.addf %65, %cst_7 : f32
      %69 = arith.addf %66, %cst_6 : f32
      %70 = arith.mulf %67, %34 : f32
      %71 = arith.mulf %68, %35 : f32
      %72 = arith.mulf %69, %35 : f32
      %73 = arith.addf %70, %cst_5 : f32
      %74 = arith.negf %34 : f32
      %75 = math.exp %74 : f32
      %76 = math.absf %33 : f32
      %77 = arith.divf %cst_25, %76 : f32
      %78 = arith.cmpf olt, %76, %cst_2 : f32
      %79 = arith.addf %71, %cst_4 : f32
      %80 = arith.addf %72, %cst_3 : f32
      %81 = arith.mulf %73, %34 : f32
      %82 = arith.mulf %75, %77 : f32
      %83 = arith.select %78, %79, %80 : f32
      %84 = arith.addf %81, %cst_1 : f32
      %85 = arith.cmpf olt, %74, %cst_0 : f32
      %86 = arith.mulf %82, %83 : f32
      %87 = arith.mulf %33, %84 : f32
      %88 = arith.cmpf olt, %33, %cst_28 : f32
      %89 = arith.select %85, %cst_28, %86 : f32
      %90 = arith.subf %cst_2, %89 : f32
      %91 = arith.cmpf olt, %76, %cst_25 : f32
      %92 = arith.subf %cst_25, %87 : f32
      %93 = arith.select %88, %90, %89 : f32
      %94 = arith.mulf %31, %cst : f32
      %95 = arith.select %91, %92, %93 : f32
      %96 = arith.mulf %94, %95 : f32
      %97 = arith.index_castui %8 : index to i32
      %98 = llvm.getelementptr inbounds %arg2[0, %97] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
      llvm.store %96, %98 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 65536), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 131072), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map4 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 196608), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    scf.if %6 {
      %7 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %8 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %9 = arith.index_castui %8 : index to i32
      %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %11 = llvm.load %10 : !llvm.ptr -> f32
      %12 = arith.addf %11, %cst_28 : f32
      %13 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %14 = arith.index_castui %13 : index to i32
      %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %16 = llvm.load %15 : !llvm.ptr -> f32
      %17 = arith.addf %12, %16 : f32
      %18 = xla.apply_indexing #indexing_map3(%thread_id_x, %block_id_x)
      %19 = arith.index_castui %18 : index to i32
      %20 = llvm.getelementptr inbounds %arg1[0, %19] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %21 = llvm.load %20 : !llvm.ptr -> f32
      %22 = arith.addf %17, %21 : f32
      %23 = xla.apply_indexing #indexing_map4(%thread_id_x, %block_id_x)
      %24 = arith.index_castui %23 : index to i32
      %25 = llvm.getelementptr inbounds %arg1[0, %24] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %26 = llvm.load %25 : !llvm.ptr -> f32
      %27 = arith.addf %22, %26 : f32
      %28 = arith.index_castui %7 : index to i32
      %29 = llvm.getelementptr inbounds %arg0[0, %28] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
      %30 = llvm.load %29 invariant : !llvm.ptr -> f32
      %31 = arith.addf %27, %30 : f32
      %32 = arith.negf %31 : f32
      %33 = arith.mulf %32, %cst_26 : f32
      %34 = arith.mulf %33, %33 : f32
      %35 = arith.divf %cst_25, %34 : f32
      %36 = arith.mulf %35, %cst_27 : f32
      %37 = arith.addf %36, %cst_24 : f32
      %38 = arith.mulf %37, %35 : f32
      %39 = arith.mulf %35, %cst_23 : f32
      %40 = arith.addf %38, %cst_22 : f32
      %41 = arith.addf %39, %cst_21 : f32
      %42 = arith.mulf %40, %35 : f32
      %43 = arith.mulf %41, %35 : f32
      %44 = arith.addf %42, %cst_20 : f32
      %45 = arith.addf %43, %cst_19 : f32
      %46 = arith.mulf %34, %cst_18 : f32
      %47 = arith.mulf %44, %35 : f32
      %48 = arith.mulf %45, %35 : f32
      %49 = arith.addf %46, %cst_17 : f32
      %50 = arith.addf %47, %cst_16 : f32
      %51 = arith.addf %48, %cst_15 : f32
      %52 = arith.mulf %49, %34 : f32
      %53 = arith.mulf %50, %35 : f32
      %54 = arith.mulf %51, %35 : f32
      %55 = arith.addf %52, %cst_14 : f32
      %56 = arith.addf %53, %cst_13 : f32
      %57 = arith.addf %54, %cst_12 : f32
      %58 = arith.mulf %55, %34 : f32
      %59 = arith.mulf %56, %35 : f32
      %60 = arith.mulf %57, %35 : f32
      %61 = arith.addf %58, %cst_11 : f32
      %62 = arith.addf %59, %cst_10 : f32
      %63 = arith.addf %60, %cst_9 : f32
      %64 = arith.mulf %61, %34 : f32
      %65 = arith.mulf %62, %35 : f32
      %66 = arith.mulf %63, %35 : f32
      %67 = arith.addf %64, %cst_8 : f32
      %68 = arith.addf %65, %cst_7 : f32
      %69 = arith.addf %66, %cst_6 : f32
      %70 = arith.mulf %67, %34 : f32
      %71 = arith.mulf %68, %35 : f32
      %72 = arith.mulf %69, %35 : f32
      %73 = arith.addf %70, %cst_5 : f32
      %74 = arith.negf %34 : f32
      %75 = math.exp %74 : f32
      %76 = math.absf %33 : f32
      %77 = arith.divf %cst_25, %76 : f32
      %78 = arith.cmpf olt, %76, %cst_2 : f32
      %79 = arith.addf %71, %cst_4 : f32
      %80 = arith.addf %72, %cst_3 : f32
      %81 = arith.mulf %73, %34 : f32
      %82 = arith.mulf %75, %77 : f32
      %83 = arith.select %78, %79, %80 : f32
      %84 = arith.addf %81, %cst_1 : f32
      %85 = arith.cmpf olt, %74, %cst_0 : f32
      %86 = arith.mulf %82, %83 : f32
      %87 = arith.mulf %33, %84 : f32
      %88 = arith.cmpf olt, %33, %cst_28 : f32
      %89 = arith.select %85, %cst_28, %86 : f32
      %90 = arith.subf %cst_2, %89 : f32
      %91 = arith.cmpf olt, %76, %cst_25 : f32
      %92 = arith.subf %cst_25, %87 : f32
      %93 = arith.select %88, %90, %89 : f32
      %94 = arith.mulf %31, %cst : f32
      %95 = arith.select %91, %92, %93 : f32
      %96 = arith.mulf %94, %95 : f32
      %97 = arith.index_castui %8 : index to i32
      %98 = llvm.getelementptr inbounds %arg2[0, %97] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
      llvm.store %96, %98 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before SimplifyArithPass: xla-simplify-arith{explicit_nan_propagation=false fast_min_max=false} ('func.func' operation: @loop_multiply_fusion) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 65536), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 131072), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map4 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 196608), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c127 = arith.constant 127 : index
    %c511 = arith.constant 511 : index
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.cmpi sge, %thread_id_x, %c0 : index
    %1 = arith.cmpi sle, %thread_id_x, %c127 : index
    %2 = arith.andi %0, %1 : i1
    %3 = arith.cmpi sge, %block_id_x, %c0 : index
    %4 = arith.cmpi sle, %block_id_x, %c511 : index
    %5 = arith.andi %3, %4 : i1
    %6 = arith.andi %2, %5 : i1
    scf.if %6 {
      %7 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
      %8 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
      %9 = arith.index_castui %8 : index to i32
      %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %11 = llvm.load %10 : !llvm.ptr -> f32
      %12 = arith.addf %11, %cst_28 : f32
      %13 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
      %14 = arith.index_castui %13 : index to i32
      %15 = llvm.getelementptr inbounds %arg1[0, %14] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %16 = llvm.load %15 : !llvm.ptr -> f32
      %17 = arith.addf %12, %16 : f32
      %18 = xla.apply_indexing #indexing_map3(%thread_id_x, %block_id_x)
      %19 = arith.index_castui %18 : index to i32
      %20 = llvm.getelementptr inbounds %arg1[0, %19] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %21 = llvm.load %20 : !llvm.ptr -> f32
      %22 = arith.addf %17, %21 : f32
      %23 = xla.apply_indexing #indexing_map4(%thread_id_x, %block_id_x)
      %24 = arith.index_castui %23 : index to i32
      %25 = llvm.getelementptr inbounds %arg1[0, %24] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
      %26 = llvm.load %25 : !llvm.ptr -> f32
      %27 = arith.addf %22, %26 : f32
      %28 = arith.index_castui %7 : index to i32
      %29 = llvm.getelementptr inbounds %arg0[0, %28] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
      %30 = llvm.load %29 invariant : !llvm.ptr -> f32
      %31 = arith.addf %27, %30 : f32
      %32 = arith.negf %31 : f32
      %33 = arith.mulf %32, %cst_26 : f32
      %34 = arith.mulf %33, %33 : f32
      %35 = arith.divf %cst_25, %34 : f32
      %36 = arith.mulf %35, %cst_27 : f32
      %37 = arith.addf %36, %cst_24 : f32
      %38 = arith.mulf %37, %35 : f32
      %39 = arith.mulf %35, %cst_23 : f32
      %40 = arith.addf %38, %cst_22 : f32
      %41 = arith.addf %39, %cst_21 : f32
      %42 = arith.mulf %40, %35 : f32
      %43 = arith.mulf %41, %35 : f32
      %44 = arith.addf %42, %cst_20 : f32
      %45 = arith.addf %43, %cst_19 : f32
      %46 = arith.mulf %34, %cst_18 : f32
      %47 = arith.mulf %44, %35 : f32
      %48 = arith.mulf %45, %35 : f32
      %49 = arith.addf %46, %cst_17 : f32
      %50 = arith.addf %47, %cst_16 : f32
      %51 = arith.addf %48, %cst_15 : f32
      %52 = arith.mulf %49, %34 : f32
      %53 = arith.mulf %50, %35 : f32
      %54 = arith.mulf %51, %35 : f32
      %55 = arith.addf %52, %cst_14 : f32
      %56 = arith.addf %53, %cst_13 : f32
      %57 = arith.addf %54, %cst_12 : f32
      %58 = arith.mulf %55, %34 : f32
      %59 = arith.mulf %56, %35 : f32
      %60 = arith.mulf %57, %35 : f32
      %61 = arith.addf %58, %cst_11 : f32
      %62 = arith.addf %59, %cst_10 : f32
      %63 = arith.addf %60, %cst_9 : f32
      %64 = arith.mulf %61, %34 : f32
      %65 = arith.mulf %62, %35 : f32
      %66 = arith.mulf %63, %35 : f32
      %67 = arith.addf %64, %cst_8 : f32
      %68 = arith.addf %65, %cst_7 : f32
      %69 = arith.addf %66, %cst_6 : f32
      %70 = arith.mulf %67, %34 : f32
      %71 = arith.mulf %68, %35 : f32
      %72 = arith.mulf %69, %35 : f32
      %73 = arith.addf %70, %cst_5 : f32
      %74 = arith.negf %34 : f32
      %75 = math.exp %74 : f32
      %76 = math.absf %33 : f32
      %77 = arith.divf %cst_25, %76 : f32
      %78 = arith.cmpf olt, %76, %cst_2 : f32
      %79 = arith.addf %71, %cst_4 : f32
      %80 = arith.addf %72, %cst_3 : f32
      %81 = arith.mulf %73, %34 : f32
      %82 = arith.mulf %75, %77 : f32
      %83 = arith.select %78, %79, %80 : f32
      %84 = arith.addf %81, %cst_1 : f32
      %85 = arith.cmpf olt, %74, %cst_0 : f32
      %86 = arith.mulf %82, %83 : f32
      %87 = arith.mulf %33, %84 : f32
      %88 = arith.cmpf olt, %33, %cst_28 : f32
      %89 = arith.select %85, %cst_28, %86 : f32
      %90 = arith.subf %cst_2, %89 : f32
      %91 = arith.cmpf olt, %76, %cst_25 : f32
      %92 = arith.subf %cst_25, %87 : f32
      %93 = arith.select %88, %90, %89 : f32
      %94 = arith.mulf %31, %cst : f32
      %95 = arith.select %91, %92, %93 : f32
      %96 = arith.mulf %94, %95 : f32
      %97 = llvm.getelementptr inbounds %arg2[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
      llvm.store %96, %97 : f32, !llvm.ptr
    }
    return
  }
}


// -----// IR Dump Before SimplifyAffinePass: xla-simplify-affine ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
#indexing_map = #xla.indexing_map<"(th_x, bl_x) -> ((bl_x mod 8) * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map1 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map2 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 65536), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map3 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 131072), domain: th_x in [0, 127], bl_x in [0, 511]">
#indexing_map4 = #xla.indexing_map<"(th_x, bl_x) -> (bl_x * 128 + th_x + 196608), domain: th_x in [0, 127], bl_x in [0, 511]">
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = xla.apply_indexing #indexing_map(%thread_id_x, %block_id_x)
    %1 = xla.apply_indexing #indexing_map1(%thread_id_x, %block_id_x)
    %2 = arith.index_castui %1 : index to i32
    %3 = llvm.getelementptr inbounds %arg1[0, %2] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %4 = llvm.load %3 : !llvm.ptr -> f32
    %5 = arith.addf %4, %cst_28 : f32
    %6 = xla.apply_indexing #indexing_map2(%thread_id_x, %block_id_x)
    %7 = arith.index_castui %6 : index to i32
    %8 = llvm.getelementptr inbounds %arg1[0, %7] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %9 = llvm.load %8 : !llvm.ptr -> f32
    %10 = arith.addf %5, %9 : f32
    %11 = xla.apply_indexing #indexing_map3(%thread_id_x, %block_id_x)
    %12 = arith.index_castui %11 : index to i32
    %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %14 = llvm.load %13 : !llvm.ptr -> f32
    %15 = arith.addf %10, %14 : f32
    %16 = xla.apply_indexing #indexing_map4(%thread_id_x, %block_id_x)
    %17 = arith.index_castui %16 : index to i32
    %18 = llvm.getelementptr inbounds %arg1[0, %17] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %19 = llvm.load %18 : !llvm.ptr -> f32
    %20 = arith.addf %15, %19 : f32
    %21 = arith.index_castui %0 : index to i32
    %22 = llvm.getelementptr inbounds %arg0[0, %21] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %23 = llvm.load %22 invariant : !llvm.ptr -> f32
    %24 = arith.addf %20, %23 : f32
    %25 = arith.negf %24 : f32
    %26 = arith.mulf %25, %cst_26 : f32
    %27 = arith.mulf %26, %26 : f32
    %28 = arith.divf %cst_25, %27 : f32
    %29 = arith.mulf %28, %cst_27 : f32
    %30 = arith.addf %29, %cst_24 : f32
    %31 = arith.mulf %30, %28 : f32
    %32 = arith.mulf %28, %cst_23 : f32
    %33 = arith.addf %31, %cst_22 : f32
    %34 = arith.addf %32, %cst_21 : f32
    %35 = arith.mulf %33, %28 : f32
    %36 = arith.mulf %34, %28 : f32
    %37 = arith.addf %35, %cst_20 : f32
    %38 = arith.addf %36, %cst_19 : f32
    %39 = arith.mulf %27, %cst_18 : f32
    %40 = arith.mulf %37, %28 : f32
    %41 = arith.mulf %38, %28 : f32
    %42 = arith.addf %39, %cst_17 : f32
    %43 = arith.addf %40, %cst_16 : f32
    %44 = arith.addf %41, %cst_15 : f32
    %45 = arith.mulf %42, %27 : f32
    %46 = arith.mulf %43, %28 : f32
    %47 = arith.mulf %44, %28 : f32
    %48 = arith.addf %45, %cst_14 : f32
    %49 = arith.addf %46, %cst_13 : f32
    %50 = arith.addf %47, %cst_12 : f32
    %51 = arith.mulf %48, %27 : f32
    %52 = arith.mulf %49, %28 : f32
    %53 = arith.mulf %50, %28 : f32
    %54 = arith.addf %51, %cst_11 : f32
    %55 = arith.addf %52, %cst_10 : f32
    %56 = arith.addf %53, %cst_9 : f32
    %57 = arith.mulf %54, %27 : f32
    %58 = arith.mulf %55, %28 : f32
    %59 = arith.mulf %56, %28 : f32
    %60 = arith.addf %57, %cst_8 : f32
    %61 = arith.addf %58, %cst_7 : f32
    %62 = arith.addf %59, %cst_6 : f32
    %63 = arith.mulf %60, %27 : f32
    %64 = arith.mulf %61, %28 : f32
    %65 = arith.mulf %62, %28 : f32
    %66 = arith.addf %63, %cst_5 : f32
    %67 = arith.negf %27 : f32
    %68 = math.exp %67 : f32
    %69 = math.absf %26 : f32
    %70 = arith.divf %cst_25, %69 : f32
    %71 = arith.cmpf olt, %69, %cst_2 : f32
    %72 = arith.addf %64, %cst_4 : f32
    %73 = arith.addf %65, %cst_3 : f32
    %74 = arith.mulf %66, %27 : f32
    %75 = arith.mulf %68, %70 : f32
    %76 = arith.select %71, %72, %73 : f32
    %77 = arith.addf %74, %cst_1 : f32
    %78 = arith.cmpf olt, %67, %cst_0 : f32
    %79 = arith.mulf %75, %76 : f32
    %80 = arith.mulf %26, %77 : f32
    %81 = arith.cmpf olt, %26, %cst_28 : f32
    %82 = arith.select %78, %cst_28, %79 : f32
    %83 = arith.subf %cst_2, %82 : f32
    %84 = arith.cmpf olt, %69, %cst_25 : f32
    %85 = arith.subf %cst_25, %80 : f32
    %86 = arith.select %81, %83, %82 : f32
    %87 = arith.mulf %24, %cst : f32
    %88 = arith.select %84, %85, %86 : f32
    %89 = arith.mulf %87, %88 : f32
    %90 = llvm.getelementptr inbounds %arg2[0, %2] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %89, %90 : f32, !llvm.ptr
    return
  }
}


// -----// IR Dump Before ConvertIndexTypePass: xla-gpu-convert-index-type ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c196608 = arith.constant 196608 : index
    %c131072 = arith.constant 131072 : index
    %c65536 = arith.constant 65536 : index
    %c128 = arith.constant 128 : index
    %c8 = arith.constant 8 : index
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.remui %block_id_x, %c8 : index
    %1 = arith.muli %0, %c128 overflow<nsw> : index
    %2 = arith.addi %1, %thread_id_x overflow<nsw> : index
    %3 = arith.muli %block_id_x, %c128 overflow<nsw> : index
    %4 = arith.addi %3, %thread_id_x overflow<nsw> : index
    %5 = arith.index_castui %4 : index to i32
    %6 = llvm.getelementptr inbounds %arg1[0, %5] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %7 = llvm.load %6 : !llvm.ptr -> f32
    %8 = arith.addf %7, %cst_28 : f32
    %9 = arith.muli %block_id_x, %c128 overflow<nsw> : index
    %10 = arith.addi %9, %thread_id_x overflow<nsw> : index
    %11 = arith.addi %10, %c65536 overflow<nsw> : index
    %12 = arith.index_castui %11 : index to i32
    %13 = llvm.getelementptr inbounds %arg1[0, %12] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %14 = llvm.load %13 : !llvm.ptr -> f32
    %15 = arith.addf %8, %14 : f32
    %16 = arith.muli %block_id_x, %c128 overflow<nsw> : index
    %17 = arith.addi %16, %thread_id_x overflow<nsw> : index
    %18 = arith.addi %17, %c131072 overflow<nsw> : index
    %19 = arith.index_castui %18 : index to i32
    %20 = llvm.getelementptr inbounds %arg1[0, %19] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %21 = llvm.load %20 : !llvm.ptr -> f32
    %22 = arith.addf %15, %21 : f32
    %23 = arith.muli %block_id_x, %c128 overflow<nsw> : index
    %24 = arith.addi %23, %thread_id_x overflow<nsw> : index
    %25 = arith.addi %24, %c196608 overflow<nsw> : index
    %26 = arith.index_castui %25 : index to i32
    %27 = llvm.getelementptr inbounds %arg1[0, %26] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %28 = llvm.load %27 : !llvm.ptr -> f32
    %29 = arith.addf %22, %28 : f32
    %30 = arith.index_castui %2 : index to i32
    %31 = llvm.getelementptr inbounds %arg0[0, %30] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %32 = llvm.load %31 invariant : !llvm.ptr -> f32
    %33 = arith.addf %29, %32 : f32
    %34 = arith.negf %33 : f32
    %35 = arith.mulf %34, %cst_26 : f32
    %36 = arith.mulf %35, %35 : f32
    %37 = arith.divf %cst_25, %36 : f32
    %38 = arith.mulf %37, %cst_27 : f32
    %39 = arith.addf %38, %cst_24 : f32
    %40 = arith.mulf %39, %37 : f32
    %41 = arith.mulf %37, %cst_23 : f32
    %42 = arith.addf %40, %cst_22 : f32
    %43 = arith.addf %41, %cst_21 : f32
    %44 = arith.mulf %42, %37 : f32
    %45 = arith.mulf %43, %37 : f32
    %46 = arith.addf %44, %cst_20 : f32
    %47 = arith.addf %45, %cst_19 : f32
    %48 = arith.mulf %36, %cst_18 : f32
    %49 = arith.mulf %46, %37 : f32
    %50 = arith.mulf %47, %37 : f32
    %51 = arith.addf %48, %cst_17 : f32
    %52 = arith.addf %49, %cst_16 : f32
    %53 = arith.addf %50, %cst_15 : f32
    %54 = arith.mulf %51, %36 : f32
    %55 = arith.mulf %52, %37 : f32
    %56 = arith.mulf %53, %37 : f32
    %57 = arith.addf %54, %cst_14 : f32
    %58 = arith.addf %55, %cst_13 : f32
    %59 = arith.addf %56, %cst_12 : f32
    %60 = arith.mulf %57, %36 : f32
    %61 = arith.mulf %58, %37 : f32
    %62 = arith.mulf %59, %37 : f32
    %63 = arith.addf %60, %cst_11 : f32
    %64 = arith.addf %61, %cst_10 : f32
    %65 = arith.addf %62, %cst_9 : f32
    %66 = arith.mulf %63, %36 : f32
    %67 = arith.mulf %64, %37 : f32
    %68 = arith.mulf %65, %37 : f32
    %69 = arith.addf %66, %cst_8 : f32
    %70 = arith.addf %67, %cst_7 : f32
    %71 = arith.addf %68, %cst_6 : f32
    %72 = arith.mulf %69, %36 : f32
    %73 = arith.mulf %70, %37 : f32
    %74 = arith.mulf %71, %37 : f32
    %75 = arith.addf %72, %cst_5 : f32
    %76 = arith.negf %36 : f32
    %77 = math.exp %76 : f32
    %78 = math.absf %35 : f32
    %79 = arith.divf %cst_25, %78 : f32
    %80 = arith.cmpf olt, %78, %cst_2 : f32
    %81 = arith.addf %73, %cst_4 : f32
    %82 = arith.addf %74, %cst_3 : f32
    %83 = arith.mulf %75, %36 : f32
    %84 = arith.mulf %77, %79 : f32
    %85 = arith.select %80, %81, %82 : f32
    %86 = arith.addf %83, %cst_1 : f32
    %87 = arith.cmpf olt, %76, %cst_0 : f32
    %88 = arith.mulf %84, %85 : f32
    %89 = arith.mulf %35, %86 : f32
    %90 = arith.cmpf olt, %35, %cst_28 : f32
    %91 = arith.select %87, %cst_28, %88 : f32
    %92 = arith.subf %cst_2, %91 : f32
    %93 = arith.cmpf olt, %78, %cst_25 : f32
    %94 = arith.subf %cst_25, %89 : f32
    %95 = arith.select %90, %92, %91 : f32
    %96 = arith.mulf %33, %cst : f32
    %97 = arith.select %93, %94, %95 : f32
    %98 = arith.mulf %96, %97 : f32
    %99 = llvm.getelementptr inbounds %arg2[0, %5] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %98, %99 : f32, !llvm.ptr
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c196608_i32 = arith.constant 196608 : i32
    %c131072_i32 = arith.constant 131072 : i32
    %c65536_i32 = arith.constant 65536 : i32
    %c128_i32 = arith.constant 128 : i32
    %c8_i32 = arith.constant 8 : i32
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.index_cast %block_id_x : index to i32
    %1 = arith.remui %0, %c8_i32 : i32
    %2 = arith.muli %1, %c128_i32 : i32
    %3 = arith.index_cast %thread_id_x : index to i32
    %4 = arith.addi %2, %3 : i32
    %5 = arith.index_cast %4 : i32 to index
    %6 = arith.index_cast %block_id_x : index to i32
    %7 = arith.muli %6, %c128_i32 : i32
    %8 = arith.index_cast %thread_id_x : index to i32
    %9 = arith.addi %7, %8 : i32
    %10 = arith.index_cast %9 : i32 to index
    %11 = arith.index_castui %10 : index to i32
    %12 = llvm.getelementptr inbounds %arg1[0, %11] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %13 = llvm.load %12 : !llvm.ptr -> f32
    %14 = arith.addf %13, %cst_28 : f32
    %15 = arith.index_cast %block_id_x : index to i32
    %16 = arith.muli %15, %c128_i32 : i32
    %17 = arith.index_cast %thread_id_x : index to i32
    %18 = arith.addi %16, %17 : i32
    %19 = arith.addi %18, %c65536_i32 : i32
    %20 = arith.index_cast %19 : i32 to index
    %21 = arith.index_castui %20 : index to i32
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.addf %14, %23 : f32
    %25 = arith.index_cast %block_id_x : index to i32
    %26 = arith.muli %25, %c128_i32 : i32
    %27 = arith.index_cast %thread_id_x : index to i32
    %28 = arith.addi %26, %27 : i32
    %29 = arith.addi %28, %c131072_i32 : i32
    %30 = arith.index_cast %29 : i32 to index
    %31 = arith.index_castui %30 : index to i32
    %32 = llvm.getelementptr inbounds %arg1[0, %31] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %33 = llvm.load %32 : !llvm.ptr -> f32
    %34 = arith.addf %24, %33 : f32
    %35 = arith.index_cast %block_id_x : index to i32
    %36 = arith.muli %35, %c128_i32 : i32
    %37 = arith.index_cast %thread_id_x : index to i32
    %38 = arith.addi %36, %37 : i32
    %39 = arith.addi %38, %c196608_i32 : i32
    %40 = arith.index_cast %39 : i32 to index
    %41 = arith.index_castui %40 : index to i32
    %42 = llvm.getelementptr inbounds %arg1[0, %41] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %43 = llvm.load %42 : !llvm.ptr -> f32
    %44 = arith.addf %34, %43 : f32
    %45 = arith.index_castui %5 : index to i32
    %46 = llvm.getelementptr inbounds %arg0[0, %45] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %47 = llvm.load %46 invariant : !llvm.ptr -> f32
    %48 = arith.addf %44, %47 : f32
    %49 = arith.negf %48 : f32
    %50 = arith.mulf %49, %cst_26 : f32
    %51 = arith.mulf %50, %50 : f32
    %52 = arith.divf %cst_25, %51 : f32
    %53 = arith.mulf %52, %cst_27 : f32
    %54 = arith.addf %53, %cst_24 : f32
    %55 = arith.mulf %54, %52 : f32
    %56 = arith.mulf %52, %cst_23 : f32
    %57 = arith.addf %55, %cst_22 : f32
    %58 = arith.addf %56, %cst_21 : f32
    %59 = arith.mulf %57, %52 : f32
    %60 = arith.mulf %58, %52 : f32
    %61 = arith.addf %59, %cst_20 : f32
    %62 = arith.addf %60, %cst_19 : f32
    %63 = arith.mulf %51, %cst_18 : f32
    %64 = arith.mulf %61, %52 : f32
    %65 = arith.mulf %62, %52 : f32
    %66 = arith.addf %63, %cst_17 : f32
    %67 = arith.addf %64, %cst_16 : f32
    %68 = arith.addf %65, %cst_15 : f32
    %69 = arith.mulf %66, %51 : f32
    %70 = arith.mulf %67, %52 : f32
    %71 = arith.mulf %68, %52 : f32
    %72 = arith.addf %69, %cst_14 : f32
    %73 = arith.addf %70, %cst_13 : f32
    %74 = arith.addf %71, %cst_12 : f32
    %75 = arith.mulf %72, %51 : f32
    %76 = arith.mulf %73, %52 : f32
    %77 = arith.mulf %74, %52 : f32
    %78 = arith.addf %75, %cst_11 : f32
    %79 = arith.addf %76, %cst_10 : f32
    %80 = arith.addf %77, %cst_9 : f32
    %81 = arith.mulf %78, %51 : f32
    %82 = arith.mulf %79, %52 : f32
    %83 = arith.mulf %80, %52 : f32
    %84 = arith.addf %81, %cst_8 : f32
    %85 = arith.addf %82, %cst_7 : f32
    %86 = arith.addf %83, %cst_6 : f32
    %87 = arith.mulf %84, %51 : f32
    %88 = arith.mulf %85, %52 : f32
    %89 = arith.mulf %86, %52 : f32
    %90 = arith.addf %87, %cst_5 : f32
    %91 = arith.negf %51 : f32
    %92 = math.exp %91 : f32
    %93 = math.absf %50 : f32
    %94 = arith.divf %cst_25, %93 : f32
    %95 = arith.cmpf olt, %93, %cst_2 : f32
    %96 = arith.addf %88, %cst_4 : f32
    %97 = arith.addf %89, %cst_3 : f32
    %98 = arith.mulf %90, %51 : f32
    %99 = arith.mulf %92, %94 : f32
    %100 = arith.select %95, %96, %97 : f32
    %101 = arith.addf %98, %cst_1 : f32
    %102 = arith.cmpf olt, %91, %cst_0 : f32
    %103 = arith.mulf %99, %100 : f32
    %104 = arith.mulf %50, %101 : f32
    %105 = arith.cmpf olt, %50, %cst_28 : f32
    %106 = arith.select %102, %cst_28, %103 : f32
    %107 = arith.subf %cst_2, %106 : f32
    %108 = arith.cmpf olt, %93, %cst_25 : f32
    %109 = arith.subf %cst_25, %104 : f32
    %110 = arith.select %105, %107, %106 : f32
    %111 = arith.mulf %48, %cst : f32
    %112 = arith.select %108, %109, %110 : f32
    %113 = arith.mulf %111, %112 : f32
    %114 = llvm.getelementptr inbounds %arg2[0, %11] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %113, %114 : f32, !llvm.ptr
    return
  }
}


// -----// IR Dump Before LoopInvariantCodeMotionPass: loop-invariant-code-motion ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c196608_i32 = arith.constant 196608 : i32
    %c131072_i32 = arith.constant 131072 : i32
    %c65536_i32 = arith.constant 65536 : i32
    %c128_i32 = arith.constant 128 : i32
    %c8_i32 = arith.constant 8 : i32
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.index_cast %block_id_x : index to i32
    %1 = arith.remui %0, %c8_i32 : i32
    %2 = arith.muli %1, %c128_i32 : i32
    %3 = arith.index_cast %thread_id_x : index to i32
    %4 = arith.addi %2, %3 : i32
    %5 = arith.index_cast %4 : i32 to index
    %6 = arith.index_cast %block_id_x : index to i32
    %7 = arith.muli %6, %c128_i32 : i32
    %8 = arith.index_cast %thread_id_x : index to i32
    %9 = arith.addi %7, %8 : i32
    %10 = arith.index_cast %9 : i32 to index
    %11 = arith.index_castui %10 : index to i32
    %12 = llvm.getelementptr inbounds %arg1[0, %11] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %13 = llvm.load %12 : !llvm.ptr -> f32
    %14 = arith.addf %13, %cst_28 : f32
    %15 = arith.index_cast %block_id_x : index to i32
    %16 = arith.muli %15, %c128_i32 : i32
    %17 = arith.index_cast %thread_id_x : index to i32
    %18 = arith.addi %16, %17 : i32
    %19 = arith.addi %18, %c65536_i32 : i32
    %20 = arith.index_cast %19 : i32 to index
    %21 = arith.index_castui %20 : index to i32
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.addf %14, %23 : f32
    %25 = arith.index_cast %block_id_x : index to i32
    %26 = arith.muli %25, %c128_i32 : i32
    %27 = arith.index_cast %thread_id_x : index to i32
    %28 = arith.addi %26, %27 : i32
    %29 = arith.addi %28, %c131072_i32 : i32
    %30 = arith.index_cast %29 : i32 to index
    %31 = arith.index_castui %30 : index to i32
    %32 = llvm.getelementptr inbounds %arg1[0, %31] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %33 = llvm.load %32 : !llvm.ptr -> f32
    %34 = arith.addf %24, %33 : f32
    %35 = arith.index_cast %block_id_x : index to i32
    %36 = arith.muli %35, %c128_i32 : i32
    %37 = arith.index_cast %thread_id_x : index to i32
    %38 = arith.addi %36, %37 : i32
    %39 = arith.addi %38, %c196608_i32 : i32
    %40 = arith.index_cast %39 : i32 to index
    %41 = arith.index_castui %40 : index to i32
    %42 = llvm.getelementptr inbounds %arg1[0, %41] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %43 = llvm.load %42 : !llvm.ptr -> f32
    %44 = arith.addf %34, %43 : f32
    %45 = arith.index_castui %5 : index to i32
    %46 = llvm.getelementptr inbounds %arg0[0, %45] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %47 = llvm.load %46 invariant : !llvm.ptr -> f32
    %48 = arith.addf %44, %47 : f32
    %49 = arith.negf %48 : f32
    %50 = arith.mulf %49, %cst_26 : f32
    %51 = arith.mulf %50, %50 : f32
    %52 = arith.divf %cst_25, %51 : f32
    %53 = arith.mulf %52, %cst_27 : f32
    %54 = arith.addf %53, %cst_24 : f32
    %55 = arith.mulf %54, %52 : f32
    %56 = arith.mulf %52, %cst_23 : f32
    %57 = arith.addf %55, %cst_22 : f32
    %58 = arith.addf %56, %cst_21 : f32
    %59 = arith.mulf %57, %52 : f32
    %60 = arith.mulf %58, %52 : f32
    %61 = arith.addf %59, %cst_20 : f32
    %62 = arith.addf %60, %cst_19 : f32
    %63 = arith.mulf %51, %cst_18 : f32
    %64 = arith.mulf %61, %52 : f32
    %65 = arith.mulf %62, %52 : f32
    %66 = arith.addf %63, %cst_17 : f32
    %67 = arith.addf %64, %cst_16 : f32
    %68 = arith.addf %65, %cst_15 : f32
    %69 = arith.mulf %66, %51 : f32
    %70 = arith.mulf %67, %52 : f32
    %71 = arith.mulf %68, %52 : f32
    %72 = arith.addf %69, %cst_14 : f32
    %73 = arith.addf %70, %cst_13 : f32
    %74 = arith.addf %71, %cst_12 : f32
    %75 = arith.mulf %72, %51 : f32
    %76 = arith.mulf %73, %52 : f32
    %77 = arith.mulf %74, %52 : f32
    %78 = arith.addf %75, %cst_11 : f32
    %79 = arith.addf %76, %cst_10 : f32
    %80 = arith.addf %77, %cst_9 : f32
    %81 = arith.mulf %78, %51 : f32
    %82 = arith.mulf %79, %52 : f32
    %83 = arith.mulf %80, %52 : f32
    %84 = arith.addf %81, %cst_8 : f32
    %85 = arith.addf %82, %cst_7 : f32
    %86 = arith.addf %83, %cst_6 : f32
    %87 = arith.mulf %84, %51 : f32
    %88 = arith.mulf %85, %52 : f32
    %89 = arith.mulf %86, %52 : f32
    %90 = arith.addf %87, %cst_5 : f32
    %91 = arith.negf %51 : f32
    %92 = math.exp %91 : f32
    %93 = math.absf %50 : f32
    %94 = arith.divf %cst_25, %93 : f32
    %95 = arith.cmpf olt, %93, %cst_2 : f32
    %96 = arith.addf %88, %cst_4 : f32
    %97 = arith.addf %89, %cst_3 : f32
    %98 = arith.mulf %90, %51 : f32
    %99 = arith.mulf %92, %94 : f32
    %100 = arith.select %95, %96, %97 : f32
    %101 = arith.addf %98, %cst_1 : f32
    %102 = arith.cmpf olt, %91, %cst_0 : f32
    %103 = arith.mulf %99, %100 : f32
    %104 = arith.mulf %50, %101 : f32
    %105 = arith.cmpf olt, %50, %cst_28 : f32
    %106 = arith.select %102, %cst_28, %103 : f32
    %107 = arith.subf %cst_2, %106 : f32
    %108 = arith.cmpf olt, %93, %cst_25 : f32
    %109 = arith.subf %cst_25, %104 : f32
    %110 = arith.select %105, %107, %106 : f32
    %111 = arith.mulf %48, %cst : f32
    %112 = arith.select %108, %109, %110 : f32
    %113 = arith.mulf %111, %112 : f32
    %114 = llvm.getelementptr inbounds %arg2[0, %11] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %113, %114 : f32, !llvm.ptr
    return
  }
}


// -----// IR Dump Before SymbolDCEPass: symbol-dce ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c196608_i32 = arith.constant 196608 : i32
    %c131072_i32 = arith.constant 131072 : i32
    %c65536_i32 = arith.constant 65536 : i32
    %c128_i32 = arith.constant 128 : i32
    %c8_i32 = arith.constant 8 : i32
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.index_cast %block_id_x : index to i32
    %1 = arith.remui %0, %c8_i32 : i32
    %2 = arith.muli %1, %c128_i32 : i32
    %3 = arith.index_cast %thread_id_x : index to i32
    %4 = arith.addi %2, %3 : i32
    %5 = arith.index_cast %4 : i32 to index
    %6 = arith.index_cast %block_id_x : index to i32
    %7 = arith.muli %6, %c128_i32 : i32
    %8 = arith.index_cast %thread_id_x : index to i32
    %9 = arith.addi %7, %8 : i32
    %10 = arith.index_cast %9 : i32 to index
    %11 = arith.index_castui %10 : index to i32
    %12 = llvm.getelementptr inbounds %arg1[0, %11] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %13 = llvm.load %12 : !llvm.ptr -> f32
    %14 = arith.addf %13, %cst_28 : f32
    %15 = arith.index_cast %block_id_x : index to i32
    %16 = arith.muli %15, %c128_i32 : i32
    %17 = arith.index_cast %thread_id_x : index to i32
    %18 = arith.addi %16, %17 : i32
    %19 = arith.addi %18, %c65536_i32 : i32
    %20 = arith.index_cast %19 : i32 to index
    %21 = arith.index_castui %20 : index to i32
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.addf %14, %23 : f32
    %25 = arith.index_cast %block_id_x : index to i32
    %26 = arith.muli %25, %c128_i32 : i32
    %27 = arith.index_cast %thread_id_x : index to i32
    %28 = arith.addi %26, %27 : i32
    %29 = arith.addi %28, %c131072_i32 : i32
    %30 = arith.index_cast %29 : i32 to index
    %31 = arith.index_castui %30 : index to i32
    %32 = llvm.getelementptr inbounds %arg1[0, %31] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %33 = llvm.load %32 : !llvm.ptr -> f32
    %34 = arith.addf %24, %33 : f32
    %35 = arith.index_cast %block_id_x : index to i32
    %36 = arith.muli %35, %c128_i32 : i32
    %37 = arith.index_cast %thread_id_x : index to i32
    %38 = arith.addi %36, %37 : i32
    %39 = arith.addi %38, %c196608_i32 : i32
    %40 = arith.index_cast %39 : i32 to index
    %41 = arith.index_castui %40 : index to i32
    %42 = llvm.getelementptr inbounds %arg1[0, %41] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %43 = llvm.load %42 : !llvm.ptr -> f32
    %44 = arith.addf %34, %43 : f32
    %45 = arith.index_castui %5 : index to i32
    %46 = llvm.getelementptr inbounds %arg0[0, %45] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %47 = llvm.load %46 invariant : !llvm.ptr -> f32
    %48 = arith.addf %44, %47 : f32
    %49 = arith.negf %48 : f32
    %50 = arith.mulf %49, %cst_26 : f32
    %51 = arith.mulf %50, %50 : f32
    %52 = arith.divf %cst_25, %51 : f32
    %53 = arith.mulf %52, %cst_27 : f32
    %54 = arith.addf %53, %cst_24 : f32
    %55 = arith.mulf %54, %52 : f32
    %56 = arith.mulf %52, %cst_23 : f32
    %57 = arith.addf %55, %cst_22 : f32
    %58 = arith.addf %56, %cst_21 : f32
    %59 = arith.mulf %57, %52 : f32
    %60 = arith.mulf %58, %52 : f32
    %61 = arith.addf %59, %cst_20 : f32
    %62 = arith.addf %60, %cst_19 : f32
    %63 = arith.mulf %51, %cst_18 : f32
    %64 = arith.mulf %61, %52 : f32
    %65 = arith.mulf %62, %52 : f32
    %66 = arith.addf %63, %cst_17 : f32
    %67 = arith.addf %64, %cst_16 : f32
    %68 = arith.addf %65, %cst_15 : f32
    %69 = arith.mulf %66, %51 : f32
    %70 = arith.mulf %67, %52 : f32
    %71 = arith.mulf %68, %52 : f32
    %72 = arith.addf %69, %cst_14 : f32
    %73 = arith.addf %70, %cst_13 : f32
    %74 = arith.addf %71, %cst_12 : f32
    %75 = arith.mulf %72, %51 : f32
    %76 = arith.mulf %73, %52 : f32
    %77 = arith.mulf %74, %52 : f32
    %78 = arith.addf %75, %cst_11 : f32
    %79 = arith.addf %76, %cst_10 : f32
    %80 = arith.addf %77, %cst_9 : f32
    %81 = arith.mulf %78, %51 : f32
    %82 = arith.mulf %79, %52 : f32
    %83 = arith.mulf %80, %52 : f32
    %84 = arith.addf %81, %cst_8 : f32
    %85 = arith.addf %82, %cst_7 : f32
    %86 = arith.addf %83, %cst_6 : f32
    %87 = arith.mulf %84, %51 : f32
    %88 = arith.mulf %85, %52 : f32
    %89 = arith.mulf %86, %52 : f32
    %90 = arith.addf %87, %cst_5 : f32
    %91 = arith.negf %51 : f32
    %92 = math.exp %91 : f32
    %93 = math.absf %50 : f32
    %94 = arith.divf %cst_25, %93 : f32
    %95 = arith.cmpf olt, %93, %cst_2 : f32
    %96 = arith.addf %88, %cst_4 : f32
    %97 = arith.addf %89, %cst_3 : f32
    %98 = arith.mulf %90, %51 : f32
    %99 = arith.mulf %92, %94 : f32
    %100 = arith.select %95, %96, %97 : f32
    %101 = arith.addf %98, %cst_1 : f32
    %102 = arith.cmpf olt, %91, %cst_0 : f32
    %103 = arith.mulf %99, %100 : f32
    %104 = arith.mulf %50, %101 : f32
    %105 = arith.cmpf olt, %50, %cst_28 : f32
    %106 = arith.select %102, %cst_28, %103 : f32
    %107 = arith.subf %cst_2, %106 : f32
    %108 = arith.cmpf olt, %93, %cst_25 : f32
    %109 = arith.subf %cst_25, %104 : f32
    %110 = arith.select %105, %107, %106 : f32
    %111 = arith.mulf %48, %cst : f32
    %112 = arith.select %108, %109, %110 : f32
    %113 = arith.mulf %111, %112 : f32
    %114 = llvm.getelementptr inbounds %arg2[0, %11] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %113, %114 : f32, !llvm.ptr
    return
  }
}


// -----// IR Dump Before CSEPass: cse ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c196608_i32 = arith.constant 196608 : i32
    %c131072_i32 = arith.constant 131072 : i32
    %c65536_i32 = arith.constant 65536 : i32
    %c128_i32 = arith.constant 128 : i32
    %c8_i32 = arith.constant 8 : i32
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.index_cast %block_id_x : index to i32
    %1 = arith.remui %0, %c8_i32 : i32
    %2 = arith.muli %1, %c128_i32 : i32
    %3 = arith.index_cast %thread_id_x : index to i32
    %4 = arith.addi %2, %3 : i32
    %5 = arith.index_cast %4 : i32 to index
    %6 = arith.index_cast %block_id_x : index to i32
    %7 = arith.muli %6, %c128_i32 : i32
    %8 = arith.index_cast %thread_id_x : index to i32
    %9 = arith.addi %7, %8 : i32
    %10 = arith.index_cast %9 : i32 to index
    %11 = arith.index_castui %10 : index to i32
    %12 = llvm.getelementptr inbounds %arg1[0, %11] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %13 = llvm.load %12 : !llvm.ptr -> f32
    %14 = arith.addf %13, %cst_28 : f32
    %15 = arith.index_cast %block_id_x : index to i32
    %16 = arith.muli %15, %c128_i32 : i32
    %17 = arith.index_cast %thread_id_x : index to i32
    %18 = arith.addi %16, %17 : i32
    %19 = arith.addi %18, %c65536_i32 : i32
    %20 = arith.index_cast %19 : i32 to index
    %21 = arith.index_castui %20 : index to i32
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.addf %14, %23 : f32
    %25 = arith.index_cast %block_id_x : index to i32
    %26 = arith.muli %25, %c128_i32 : i32
    %27 = arith.index_cast %thread_id_x : index to i32
    %28 = arith.addi %26, %27 : i32
    %29 = arith.addi %28, %c131072_i32 : i32
    %30 = arith.index_cast %29 : i32 to index
    %31 = arith.index_castui %30 : index to i32
    %32 = llvm.getelementptr inbounds %arg1[0, %31] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %33 = llvm.load %32 : !llvm.ptr -> f32
    %34 = arith.addf %24, %33 : f32
    %35 = arith.index_cast %block_id_x : index to i32
    %36 = arith.muli %35, %c128_i32 : i32
    %37 = arith.index_cast %thread_id_x : index to i32
    %38 = arith.addi %36, %37 : i32
    %39 = arith.addi %38, %c196608_i32 : i32
    %40 = arith.index_cast %39 : i32 to index
    %41 = arith.index_castui %40 : index to i32
    %42 = llvm.getelementptr inbounds %arg1[0, %41] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %43 = llvm.load %42 : !llvm.ptr -> f32
    %44 = arith.addf %34, %43 : f32
    %45 = arith.index_castui %5 : index to i32
    %46 = llvm.getelementptr inbounds %arg0[0, %45] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %47 = llvm.load %46 invariant : !llvm.ptr -> f32
    %48 = arith.addf %44, %47 : f32
    %49 = arith.negf %48 : f32
    %50 = arith.mulf %49, %cst_26 : f32
    %51 = arith.mulf %50, %50 : f32
    %52 = arith.divf %cst_25, %51 : f32
    %53 = arith.mulf %52, %cst_27 : f32
    %54 = arith.addf %53, %cst_24 : f32
    %55 = arith.mulf %54, %52 : f32
    %56 = arith.mulf %52, %cst_23 : f32
    %57 = arith.addf %55, %cst_22 : f32
    %58 = arith.addf %56, %cst_21 : f32
    %59 = arith.mulf %57, %52 : f32
    %60 = arith.mulf %58, %52 : f32
    %61 = arith.addf %59, %cst_20 : f32
    %62 = arith.addf %60, %cst_19 : f32
    %63 = arith.mulf %51, %cst_18 : f32
    %64 = arith.mulf %61, %52 : f32
    %65 = arith.mulf %62, %52 : f32
    %66 = arith.addf %63, %cst_17 : f32
    %67 = arith.addf %64, %cst_16 : f32
    %68 = arith.addf %65, %cst_15 : f32
    %69 = arith.mulf %66, %51 : f32
    %70 = arith.mulf %67, %52 : f32
    %71 = arith.mulf %68, %52 : f32
    %72 = arith.addf %69, %cst_14 : f32
    %73 = arith.addf %70, %cst_13 : f32
    %74 = arith.addf %71, %cst_12 : f32
    %75 = arith.mulf %72, %51 : f32
    %76 = arith.mulf %73, %52 : f32
    %77 = arith.mulf %74, %52 : f32
    %78 = arith.addf %75, %cst_11 : f32
    %79 = arith.addf %76, %cst_10 : f32
    %80 = arith.addf %77, %cst_9 : f32
    %81 = arith.mulf %78, %51 : f32
    %82 = arith.mulf %79, %52 : f32
    %83 = arith.mulf %80, %52 : f32
    %84 = arith.addf %81, %cst_8 : f32
    %85 = arith.addf %82, %cst_7 : f32
    %86 = arith.addf %83, %cst_6 : f32
    %87 = arith.mulf %84, %51 : f32
    %88 = arith.mulf %85, %52 : f32
    %89 = arith.mulf %86, %52 : f32
    %90 = arith.addf %87, %cst_5 : f32
    %91 = arith.negf %51 : f32
    %92 = math.exp %91 : f32
    %93 = math.absf %50 : f32
    %94 = arith.divf %cst_25, %93 : f32
    %95 = arith.cmpf olt, %93, %cst_2 : f32
    %96 = arith.addf %88, %cst_4 : f32
    %97 = arith.addf %89, %cst_3 : f32
    %98 = arith.mulf %90, %51 : f32
    %99 = arith.mulf %92, %94 : f32
    %100 = arith.select %95, %96, %97 : f32
    %101 = arith.addf %98, %cst_1 : f32
    %102 = arith.cmpf olt, %91, %cst_0 : f32
    %103 = arith.mulf %99, %100 : f32
    %104 = arith.mulf %50, %101 : f32
    %105 = arith.cmpf olt, %50, %cst_28 : f32
    %106 = arith.select %102, %cst_28, %103 : f32
    %107 = arith.subf %cst_2, %106 : f32
    %108 = arith.cmpf olt, %93, %cst_25 : f32
    %109 = arith.subf %cst_25, %104 : f32
    %110 = arith.select %105, %107, %106 : f32
    %111 = arith.mulf %48, %cst : f32
    %112 = arith.select %108, %109, %110 : f32
    %113 = arith.mulf %111, %112 : f32
    %114 = llvm.getelementptr inbounds %arg2[0, %11] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %113, %114 : f32, !llvm.ptr
    return
  }
}


// -----// IR Dump Before ConvertFloatNvidiaPass: xla-gpu-convert-float-nvidia{compute_capability_major=9 compute_capability_minor=0 ptx_version_major=9 ptx_version_minor=0} ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c196608_i32 = arith.constant 196608 : i32
    %c131072_i32 = arith.constant 131072 : i32
    %c65536_i32 = arith.constant 65536 : i32
    %c128_i32 = arith.constant 128 : i32
    %c8_i32 = arith.constant 8 : i32
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.index_cast %block_id_x : index to i32
    %1 = arith.remui %0, %c8_i32 : i32
    %2 = arith.muli %1, %c128_i32 : i32
    %3 = arith.index_cast %thread_id_x : index to i32
    %4 = arith.addi %2, %3 : i32
    %5 = arith.index_cast %4 : i32 to index
    %6 = arith.muli %0, %c128_i32 : i32
    %7 = arith.addi %6, %3 : i32
    %8 = arith.index_cast %7 : i32 to index
    %9 = arith.index_castui %8 : index to i32
    %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %11 = llvm.load %10 : !llvm.ptr -> f32
    %12 = arith.addf %11, %cst_28 : f32
    %13 = arith.addi %7, %c65536_i32 : i32
    %14 = arith.index_cast %13 : i32 to index
    %15 = arith.index_castui %14 : index to i32
    %16 = llvm.getelementptr inbounds %arg1[0, %15] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %17 = llvm.load %16 : !llvm.ptr -> f32
    %18 = arith.addf %12, %17 : f32
    %19 = arith.addi %7, %c131072_i32 : i32
    %20 = arith.index_cast %19 : i32 to index
    %21 = arith.index_castui %20 : index to i32
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.addf %18, %23 : f32
    %25 = arith.addi %7, %c196608_i32 : i32
    %26 = arith.index_cast %25 : i32 to index
    %27 = arith.index_castui %26 : index to i32
    %28 = llvm.getelementptr inbounds %arg1[0, %27] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %29 = llvm.load %28 : !llvm.ptr -> f32
    %30 = arith.addf %24, %29 : f32
    %31 = arith.index_castui %5 : index to i32
    %32 = llvm.getelementptr inbounds %arg0[0, %31] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %33 = llvm.load %32 invariant : !llvm.ptr -> f32
    %34 = arith.addf %30, %33 : f32
    %35 = arith.negf %34 : f32
    %36 = arith.mulf %35, %cst_26 : f32
    %37 = arith.mulf %36, %36 : f32
    %38 = arith.divf %cst_25, %37 : f32
    %39 = arith.mulf %38, %cst_27 : f32
    %40 = arith.addf %39, %cst_24 : f32
    %41 = arith.mulf %40, %38 : f32
    %42 = arith.mulf %38, %cst_23 : f32
    %43 = arith.addf %41, %cst_22 : f32
    %44 = arith.addf %42, %cst_21 : f32
    %45 = arith.mulf %43, %38 : f32
    %46 = arith.mulf %44, %38 : f32
    %47 = arith.addf %45, %cst_20 : f32
    %48 = arith.addf %46, %cst_19 : f32
    %49 = arith.mulf %37, %cst_18 : f32
    %50 = arith.mulf %47, %38 : f32
    %51 = arith.mulf %48, %38 : f32
    %52 = arith.addf %49, %cst_17 : f32
    %53 = arith.addf %50, %cst_16 : f32
    %54 = arith.addf %51, %cst_15 : f32
    %55 = arith.mulf %52, %37 : f32
    %56 = arith.mulf %53, %38 : f32
    %57 = arith.mulf %54, %38 : f32
    %58 = arith.addf %55, %cst_14 : f32
    %59 = arith.addf %56, %cst_13 : f32
    %60 = arith.addf %57, %cst_12 : f32
    %61 = arith.mulf %58, %37 : f32
    %62 = arith.mulf %59, %38 : f32
    %63 = arith.mulf %60, %38 : f32
    %64 = arith.addf %61, %cst_11 : f32
    %65 = arith.addf %62, %cst_10 : f32
    %66 = arith.addf %63, %cst_9 : f32
    %67 = arith.mulf %64, %37 : f32
    %68 = arith.mulf %65, %38 : f32
    %69 = arith.mulf %66, %38 : f32
    %70 = arith.addf %67, %cst_8 : f32
    %71 = arith.addf %68, %cst_7 : f32
    %72 = arith.addf %69, %cst_6 : f32
    %73 = arith.mulf %70, %37 : f32
    %74 = arith.mulf %71, %38 : f32
    %75 = arith.mulf %72, %38 : f32
    %76 = arith.addf %73, %cst_5 : f32
    %77 = arith.negf %37 : f32
    %78 = math.exp %77 : f32
    %79 = math.absf %36 : f32
    %80 = arith.divf %cst_25, %79 : f32
    %81 = arith.cmpf olt, %79, %cst_2 : f32
    %82 = arith.addf %74, %cst_4 : f32
    %83 = arith.addf %75, %cst_3 : f32
    %84 = arith.mulf %76, %37 : f32
    %85 = arith.mulf %78, %80 : f32
    %86 = arith.select %81, %82, %83 : f32
    %87 = arith.addf %84, %cst_1 : f32
    %88 = arith.cmpf olt, %77, %cst_0 : f32
    %89 = arith.mulf %85, %86 : f32
    %90 = arith.mulf %36, %87 : f32
    %91 = arith.cmpf olt, %36, %cst_28 : f32
    %92 = arith.select %88, %cst_28, %89 : f32
    %93 = arith.subf %cst_2, %92 : f32
    %94 = arith.cmpf olt, %79, %cst_25 : f32
    %95 = arith.subf %cst_25, %90 : f32
    %96 = arith.select %91, %93, %92 : f32
    %97 = arith.mulf %34, %cst : f32
    %98 = arith.select %94, %95, %96 : f32
    %99 = arith.mulf %97, %98 : f32
    %100 = llvm.getelementptr inbounds %arg2[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %99, %100 : f32, !llvm.ptr
    return
  }
}


// -----// IR Dump Before ExpandFloatOpsPass: xla-expand-float-ops{approximate_tanh=true} ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c196608_i32 = arith.constant 196608 : i32
    %c131072_i32 = arith.constant 131072 : i32
    %c65536_i32 = arith.constant 65536 : i32
    %c128_i32 = arith.constant 128 : i32
    %c8_i32 = arith.constant 8 : i32
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.index_cast %block_id_x : index to i32
    %1 = arith.remui %0, %c8_i32 : i32
    %2 = arith.muli %1, %c128_i32 : i32
    %3 = arith.index_cast %thread_id_x : index to i32
    %4 = arith.addi %2, %3 : i32
    %5 = arith.index_cast %4 : i32 to index
    %6 = arith.muli %0, %c128_i32 : i32
    %7 = arith.addi %6, %3 : i32
    %8 = arith.index_cast %7 : i32 to index
    %9 = arith.index_castui %8 : index to i32
    %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %11 = llvm.load %10 : !llvm.ptr -> f32
    %12 = arith.addf %11, %cst_28 : f32
    %13 = arith.addi %7, %c65536_i32 : i32
    %14 = arith.index_cast %13 : i32 to index
    %15 = arith.index_castui %14 : index to i32
    %16 = llvm.getelementptr inbounds %arg1[0, %15] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %17 = llvm.load %16 : !llvm.ptr -> f32
    %18 = arith.addf %12, %17 : f32
    %19 = arith.addi %7, %c131072_i32 : i32
    %20 = arith.index_cast %19 : i32 to index
    %21 = arith.index_castui %20 : index to i32
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.addf %18, %23 : f32
    %25 = arith.addi %7, %c196608_i32 : i32
    %26 = arith.index_cast %25 : i32 to index
    %27 = arith.index_castui %26 : index to i32
    %28 = llvm.getelementptr inbounds %arg1[0, %27] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %29 = llvm.load %28 : !llvm.ptr -> f32
    %30 = arith.addf %24, %29 : f32
    %31 = arith.index_castui %5 : index to i32
    %32 = llvm.getelementptr inbounds %arg0[0, %31] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %33 = llvm.load %32 invariant : !llvm.ptr -> f32
    %34 = arith.addf %30, %33 : f32
    %35 = arith.negf %34 : f32
    %36 = arith.mulf %35, %cst_26 : f32
    %37 = arith.mulf %36, %36 : f32
    %38 = arith.divf %cst_25, %37 : f32
    %39 = arith.mulf %38, %cst_27 : f32
    %40 = arith.addf %39, %cst_24 : f32
    %41 = arith.mulf %40, %38 : f32
    %42 = arith.mulf %38, %cst_23 : f32
    %43 = arith.addf %41, %cst_22 : f32
    %44 = arith.addf %42, %cst_21 : f32
    %45 = arith.mulf %43, %38 : f32
    %46 = arith.mulf %44, %38 : f32
    %47 = arith.addf %45, %cst_20 : f32
    %48 = arith.addf %46, %cst_19 : f32
    %49 = arith.mulf %37, %cst_18 : f32
    %50 = arith.mulf %47, %38 : f32
    %51 = arith.mulf %48, %38 : f32
    %52 = arith.addf %49, %cst_17 : f32
    %53 = arith.addf %50, %cst_16 : f32
    %54 = arith.addf %51, %cst_15 : f32
    %55 = arith.mulf %52, %37 : f32
    %56 = arith.mulf %53, %38 : f32
    %57 = arith.mulf %54, %38 : f32
    %58 = arith.addf %55, %cst_14 : f32
    %59 = arith.addf %56, %cst_13 : f32
    %60 = arith.addf %57, %cst_12 : f32
    %61 = arith.mulf %58, %37 : f32
    %62 = arith.mulf %59, %38 : f32
    %63 = arith.mulf %60, %38 : f32
    %64 = arith.addf %61, %cst_11 : f32
    %65 = arith.addf %62, %cst_10 : f32
    %66 = arith.addf %63, %cst_9 : f32
    %67 = arith.mulf %64, %37 : f32
    %68 = arith.mulf %65, %38 : f32
    %69 = arith.mulf %66, %38 : f32
    %70 = arith.addf %67, %cst_8 : f32
    %71 = arith.addf %68, %cst_7 : f32
    %72 = arith.addf %69, %cst_6 : f32
    %73 = arith.mulf %70, %37 : f32
    %74 = arith.mulf %71, %38 : f32
    %75 = arith.mulf %72, %38 : f32
    %76 = arith.addf %73, %cst_5 : f32
    %77 = arith.negf %37 : f32
    %78 = math.exp %77 : f32
    %79 = math.absf %36 : f32
    %80 = arith.divf %cst_25, %79 : f32
    %81 = arith.cmpf olt, %79, %cst_2 : f32
    %82 = arith.addf %74, %cst_4 : f32
    %83 = arith.addf %75, %cst_3 : f32
    %84 = arith.mulf %76, %37 : f32
    %85 = arith.mulf %78, %80 : f32
    %86 = arith.select %81, %82, %83 : f32
    %87 = arith.addf %84, %cst_1 : f32
    %88 = arith.cmpf olt, %77, %cst_0 : f32
    %89 = arith.mulf %85, %86 : f32
    %90 = arith.mulf %36, %87 : f32
    %91 = arith.cmpf olt, %36, %cst_28 : f32
    %92 = arith.select %88, %cst_28, %89 : f32
    %93 = arith.subf %cst_2, %92 : f32
    %94 = arith.cmpf olt, %79, %cst_25 : f32
    %95 = arith.subf %cst_25, %90 : f32
    %96 = arith.select %91, %93, %92 : f32
    %97 = arith.mulf %34, %cst : f32
    %98 = arith.select %94, %95, %96 : f32
    %99 = arith.mulf %97, %98 : f32
    %100 = llvm.getelementptr inbounds %arg2[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %99, %100 : f32, !llvm.ptr
    return
  }
}


// -----// IR Dump Before LowerAffinePass: lower-affine ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c196608_i32 = arith.constant 196608 : i32
    %c131072_i32 = arith.constant 131072 : i32
    %c65536_i32 = arith.constant 65536 : i32
    %c128_i32 = arith.constant 128 : i32
    %c8_i32 = arith.constant 8 : i32
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.index_cast %block_id_x : index to i32
    %1 = arith.remui %0, %c8_i32 : i32
    %2 = arith.muli %1, %c128_i32 : i32
    %3 = arith.index_cast %thread_id_x : index to i32
    %4 = arith.addi %2, %3 : i32
    %5 = arith.index_cast %4 : i32 to index
    %6 = arith.muli %0, %c128_i32 : i32
    %7 = arith.addi %6, %3 : i32
    %8 = arith.index_cast %7 : i32 to index
    %9 = arith.index_castui %8 : index to i32
    %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %11 = llvm.load %10 : !llvm.ptr -> f32
    %12 = arith.addf %11, %cst_28 : f32
    %13 = arith.addi %7, %c65536_i32 : i32
    %14 = arith.index_cast %13 : i32 to index
    %15 = arith.index_castui %14 : index to i32
    %16 = llvm.getelementptr inbounds %arg1[0, %15] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %17 = llvm.load %16 : !llvm.ptr -> f32
    %18 = arith.addf %12, %17 : f32
    %19 = arith.addi %7, %c131072_i32 : i32
    %20 = arith.index_cast %19 : i32 to index
    %21 = arith.index_castui %20 : index to i32
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.addf %18, %23 : f32
    %25 = arith.addi %7, %c196608_i32 : i32
    %26 = arith.index_cast %25 : i32 to index
    %27 = arith.index_castui %26 : index to i32
    %28 = llvm.getelementptr inbounds %arg1[0, %27] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %29 = llvm.load %28 : !llvm.ptr -> f32
    %30 = arith.addf %24, %29 : f32
    %31 = arith.index_castui %5 : index to i32
    %32 = llvm.getelementptr inbounds %arg0[0, %31] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %33 = llvm.load %32 invariant : !llvm.ptr -> f32
    %34 = arith.addf %30, %33 : f32
    %35 = arith.negf %34 : f32
    %36 = arith.mulf %35, %cst_26 : f32
    %37 = arith.mulf %36, %36 : f32
    %38 = arith.divf %cst_25, %37 : f32
    %39 = arith.mulf %38, %cst_27 : f32
    %40 = arith.addf %39, %cst_24 : f32
    %41 = arith.mulf %40, %38 : f32
    %42 = arith.mulf %38, %cst_23 : f32
    %43 = arith.addf %41, %cst_22 : f32
    %44 = arith.addf %42, %cst_21 : f32
    %45 = arith.mulf %43, %38 : f32
    %46 = arith.mulf %44, %38 : f32
    %47 = arith.addf %45, %cst_20 : f32
    %48 = arith.addf %46, %cst_19 : f32
    %49 = arith.mulf %37, %cst_18 : f32
    %50 = arith.mulf %47, %38 : f32
    %51 = arith.mulf %48, %38 : f32
    %52 = arith.addf %49, %cst_17 : f32
    %53 = arith.addf %50, %cst_16 : f32
    %54 = arith.addf %51, %cst_15 : f32
    %55 = arith.mulf %52, %37 : f32
    %56 = arith.mulf %53, %38 : f32
    %57 = arith.mulf %54, %38 : f32
    %58 = arith.addf %55, %cst_14 : f32
    %59 = arith.addf %56, %cst_13 : f32
    %60 = arith.addf %57, %cst_12 : f32
    %61 = arith.mulf %58, %37 : f32
    %62 = arith.mulf %59, %38 : f32
    %63 = arith.mulf %60, %38 : f32
    %64 = arith.addf %61, %cst_11 : f32
    %65 = arith.addf %62, %cst_10 : f32
    %66 = arith.addf %63, %cst_9 : f32
    %67 = arith.mulf %64, %37 : f32
    %68 = arith.mulf %65, %38 : f32
    %69 = arith.mulf %66, %38 : f32
    %70 = arith.addf %67, %cst_8 : f32
    %71 = arith.addf %68, %cst_7 : f32
    %72 = arith.addf %69, %cst_6 : f32
    %73 = arith.mulf %70, %37 : f32
    %74 = arith.mulf %71, %38 : f32
    %75 = arith.mulf %72, %38 : f32
    %76 = arith.addf %73, %cst_5 : f32
    %77 = arith.negf %37 : f32
    %78 = math.exp %77 : f32
    %79 = math.absf %36 : f32
    %80 = arith.divf %cst_25, %79 : f32
    %81 = arith.cmpf olt, %79, %cst_2 : f32
    %82 = arith.addf %74, %cst_4 : f32
    %83 = arith.addf %75, %cst_3 : f32
    %84 = arith.mulf %76, %37 : f32
    %85 = arith.mulf %78, %80 : f32
    %86 = arith.select %81, %82, %83 : f32
    %87 = arith.addf %84, %cst_1 : f32
    %88 = arith.cmpf olt, %77, %cst_0 : f32
    %89 = arith.mulf %85, %86 : f32
    %90 = arith.mulf %36, %87 : f32
    %91 = arith.cmpf olt, %36, %cst_28 : f32
    %92 = arith.select %88, %cst_28, %89 : f32
    %93 = arith.subf %cst_2, %92 : f32
    %94 = arith.cmpf olt, %79, %cst_25 : f32
    %95 = arith.subf %cst_25, %90 : f32
    %96 = arith.select %91, %93, %92 : f32
    %97 = arith.mulf %34, %cst : f32
    %98 = arith.select %94, %95, %96 : f32
    %99 = arith.mulf %97, %98 : f32
    %100 = llvm.getelementptr inbounds %arg2[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %99, %100 : f32, !llvm.ptr
    return
  }
}


// -----// IR Dump Before SCFToControlFlowPass: convert-scf-to-cf{allow-pattern-rollback=true} ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c196608_i32 = arith.constant 196608 : i32
    %c131072_i32 = arith.constant 131072 : i32
    %c65536_i32 = arith.constant 65536 : i32
    %c128_i32 = arith.constant 128 : i32
    %c8_i32 = arith.constant 8 : i32
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.index_cast %block_id_x : index to i32
    %1 = arith.remui %0, %c8_i32 : i32
    %2 = arith.muli %1, %c128_i32 : i32
    %3 = arith.index_cast %thread_id_x : index to i32
    %4 = arith.addi %2, %3 : i32
    %5 = arith.index_cast %4 : i32 to index
    %6 = arith.muli %0, %c128_i32 : i32
    %7 = arith.addi %6, %3 : i32
    %8 = arith.index_cast %7 : i32 to index
    %9 = arith.index_castui %8 : index to i32
    %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %11 = llvm.load %10 : !llvm.ptr -> f32
    %12 = arith.addf %11, %cst_28 : f32
    %13 = arith.addi %7, %c65536_i32 : i32
    %14 = arith.index_cast %13 : i32 to index
    %15 = arith.index_castui %14 : index to i32
    %16 = llvm.getelementptr inbounds %arg1[0, %15] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %17 = llvm.load %16 : !llvm.ptr -> f32
    %18 = arith.addf %12, %17 : f32
    %19 = arith.addi %7, %c131072_i32 : i32
    %20 = arith.index_cast %19 : i32 to index
    %21 = arith.index_castui %20 : index to i32
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.addf %18, %23 : f32
    %25 = arith.addi %7, %c196608_i32 : i32
    %26 = arith.index_cast %25 : i32 to index
    %27 = arith.index_castui %26 : index to i32
    %28 = llvm.getelementptr inbounds %arg1[0, %27] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %29 = llvm.load %28 : !llvm.ptr -> f32
    %30 = arith.addf %24, %29 : f32
    %31 = arith.index_castui %5 : index to i32
    %32 = llvm.getelementptr inbounds %arg0[0, %31] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %33 = llvm.load %32 invariant : !llvm.ptr -> f32
    %34 = arith.addf %30, %33 : f32
    %35 = arith.negf %34 : f32
    %36 = arith.mulf %35, %cst_26 : f32
    %37 = arith.mulf %36, %36 : f32
    %38 = arith.divf %cst_25, %37 : f32
    %39 = arith.mulf %38, %cst_27 : f32
    %40 = arith.addf %39, %cst_24 : f32
    %41 = arith.mulf %40, %38 : f32
    %42 = arith.mulf %38, %cst_23 : f32
    %43 = arith.addf %41, %cst_22 : f32
    %44 = arith.addf %42, %cst_21 : f32
    %45 = arith.mulf %43, %38 : f32
    %46 = arith.mulf %44, %38 : f32
    %47 = arith.addf %45, %cst_20 : f32
    %48 = arith.addf %46, %cst_19 : f32
    %49 = arith.mulf %37, %cst_18 : f32
    %50 = arith.mulf %47, %38 : f32
    %51 = arith.mulf %48, %38 : f32
    %52 = arith.addf %49, %cst_17 : f32
    %53 = arith.addf %50, %cst_16 : f32
    %54 = arith.addf %51, %cst_15 : f32
    %55 = arith.mulf %52, %37 : f32
    %56 = arith.mulf %53, %38 : f32
    %57 = arith.mulf %54, %38 : f32
    %58 = arith.addf %55, %cst_14 : f32
    %59 = arith.addf %56, %cst_13 : f32
    %60 = arith.addf %57, %cst_12 : f32
    %61 = arith.mulf %58, %37 : f32
    %62 = arith.mulf %59, %38 : f32
    %63 = arith.mulf %60, %38 : f32
    %64 = arith.addf %61, %cst_11 : f32
    %65 = arith.addf %62, %cst_10 : f32
    %66 = arith.addf %63, %cst_9 : f32
    %67 = arith.mulf %64, %37 : f32
    %68 = arith.mulf %65, %38 : f32
    %69 = arith.mulf %66, %38 : f32
    %70 = arith.addf %67, %cst_8 : f32
    %71 = arith.addf %68, %cst_7 : f32
    %72 = arith.addf %69, %cst_6 : f32
    %73 = arith.mulf %70, %37 : f32
    %74 = arith.mulf %71, %38 : f32
    %75 = arith.mulf %72, %38 : f32
    %76 = arith.addf %73, %cst_5 : f32
    %77 = arith.negf %37 : f32
    %78 = math.exp %77 : f32
    %79 = math.absf %36 : f32
    %80 = arith.divf %cst_25, %79 : f32
    %81 = arith.cmpf olt, %79, %cst_2 : f32
    %82 = arith.addf %74, %cst_4 : f32
    %83 = arith.addf %75, %cst_3 : f32
    %84 = arith.mulf %76, %37 : f32
    %85 = arith.mulf %78, %80 : f32
    %86 = arith.select %81, %82, %83 : f32
    %87 = arith.addf %84, %cst_1 : f32
    %88 = arith.cmpf olt, %77, %cst_0 : f32
    %89 = arith.mulf %85, %86 : f32
    %90 = arith.mulf %36, %87 : f32
    %91 = arith.cmpf olt, %36, %cst_28 : f32
    %92 = arith.select %88, %cst_28, %89 : f32
    %93 = arith.subf %cst_2, %92 : f32
    %94 = arith.cmpf olt, %79, %cst_25 : f32
    %95 = arith.subf %cst_25, %90 : f32
    %96 = arith.select %91, %93, %92 : f32
    %97 = arith.mulf %34, %cst : f32
    %98 = arith.select %94, %95, %96 : f32
    %99 = arith.mulf %97, %98 : f32
    %100 = llvm.getelementptr inbounds %arg2[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %99, %100 : f32, !llvm.ptr
    return
  }
}


// -----// IR Dump Before LowerToLLVMGPUPass: xla-lower-to-llvm-gpu{gpu_device_info=} ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  func.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %c196608_i32 = arith.constant 196608 : i32
    %c131072_i32 = arith.constant 131072 : i32
    %c65536_i32 = arith.constant 65536 : i32
    %c128_i32 = arith.constant 128 : i32
    %c8_i32 = arith.constant 8 : i32
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant -88.7228394 : f32
    %cst_1 = arith.constant 1.12837911 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %cst_3 = arith.constant 0.564189494 : f32
    %cst_4 = arith.constant 0.563825965 : f32
    %cst_5 = arith.constant -0.37612626 : f32
    %cst_6 = arith.constant -0.282076746 : f32
    %cst_7 = arith.constant -0.274112701 : f32
    %cst_8 = arith.constant 0.112835854 : f32
    %cst_9 = arith.constant 0.42184633 : f32
    %cst_10 = arith.constant 3.404880e-01 : f32
    %cst_11 = arith.constant -0.0268538129 : f32
    %cst_12 = arith.constant -1.01526523 : f32
    %cst_13 = arith.constant -0.494451523 : f32
    %cst_14 = arith.constant 0.00518832775 : f32
    %cst_15 = arith.constant 2.92101908 : f32
    %cst_16 = arith.constant 0.621000468 : f32
    %cst_17 = arith.constant -8.0101937E-4 : f32
    %cst_18 = arith.constant 7.85386146E-5 : f32
    %cst_19 = arith.constant -7.49551868 : f32
    %cst_20 = arith.constant -0.582473278 : f32
    %cst_21 = arith.constant 1.297720e+01 : f32
    %cst_22 = arith.constant 0.368742466 : f32
    %cst_23 = arith.constant -10.477664 : f32
    %cst_24 = arith.constant -0.138703942 : f32
    %cst_25 = arith.constant 1.000000e+00 : f32
    %cst_26 = arith.constant 0.707106769 : f32
    %cst_27 = arith.constant 2.326820e-02 : f32
    %cst_28 = arith.constant 0.000000e+00 : f32
    nvvm.griddepcontrol wait
    %block_id_x = gpu.block_id x {xla.range = [0 : index, 511 : index]}
    %thread_id_x = gpu.thread_id x {xla.range = [0 : index, 127 : index]}
    %0 = arith.index_cast %block_id_x : index to i32
    %1 = arith.remui %0, %c8_i32 : i32
    %2 = arith.muli %1, %c128_i32 : i32
    %3 = arith.index_cast %thread_id_x : index to i32
    %4 = arith.addi %2, %3 : i32
    %5 = arith.index_cast %4 : i32 to index
    %6 = arith.muli %0, %c128_i32 : i32
    %7 = arith.addi %6, %3 : i32
    %8 = arith.index_cast %7 : i32 to index
    %9 = arith.index_castui %8 : index to i32
    %10 = llvm.getelementptr inbounds %arg1[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %11 = llvm.load %10 : !llvm.ptr -> f32
    %12 = arith.addf %11, %cst_28 : f32
    %13 = arith.addi %7, %c65536_i32 : i32
    %14 = arith.index_cast %13 : i32 to index
    %15 = arith.index_castui %14 : index to i32
    %16 = llvm.getelementptr inbounds %arg1[0, %15] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %17 = llvm.load %16 : !llvm.ptr -> f32
    %18 = arith.addf %12, %17 : f32
    %19 = arith.addi %7, %c131072_i32 : i32
    %20 = arith.index_cast %19 : i32 to index
    %21 = arith.index_castui %20 : index to i32
    %22 = llvm.getelementptr inbounds %arg1[0, %21] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %23 = llvm.load %22 : !llvm.ptr -> f32
    %24 = arith.addf %18, %23 : f32
    %25 = arith.addi %7, %c196608_i32 : i32
    %26 = arith.index_cast %25 : i32 to index
    %27 = arith.index_castui %26 : index to i32
    %28 = llvm.getelementptr inbounds %arg1[0, %27] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %29 = llvm.load %28 : !llvm.ptr -> f32
    %30 = arith.addf %24, %29 : f32
    %31 = arith.index_castui %5 : index to i32
    %32 = llvm.getelementptr inbounds %arg0[0, %31] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %33 = llvm.load %32 invariant : !llvm.ptr -> f32
    %34 = arith.addf %30, %33 : f32
    %35 = arith.negf %34 : f32
    %36 = arith.mulf %35, %cst_26 : f32
    %37 = arith.mulf %36, %36 : f32
    %38 = arith.divf %cst_25, %37 : f32
    %39 = arith.mulf %38, %cst_27 : f32
    %40 = arith.addf %39, %cst_24 : f32
    %41 = arith.mulf %40, %38 : f32
    %42 = arith.mulf %38, %cst_23 : f32
    %43 = arith.addf %41, %cst_22 : f32
    %44 = arith.addf %42, %cst_21 : f32
    %45 = arith.mulf %43, %38 : f32
    %46 = arith.mulf %44, %38 : f32
    %47 = arith.addf %45, %cst_20 : f32
    %48 = arith.addf %46, %cst_19 : f32
    %49 = arith.mulf %37, %cst_18 : f32
    %50 = arith.mulf %47, %38 : f32
    %51 = arith.mulf %48, %38 : f32
    %52 = arith.addf %49, %cst_17 : f32
    %53 = arith.addf %50, %cst_16 : f32
    %54 = arith.addf %51, %cst_15 : f32
    %55 = arith.mulf %52, %37 : f32
    %56 = arith.mulf %53, %38 : f32
    %57 = arith.mulf %54, %38 : f32
    %58 = arith.addf %55, %cst_14 : f32
    %59 = arith.addf %56, %cst_13 : f32
    %60 = arith.addf %57, %cst_12 : f32
    %61 = arith.mulf %58, %37 : f32
    %62 = arith.mulf %59, %38 : f32
    %63 = arith.mulf %60, %38 : f32
    %64 = arith.addf %61, %cst_11 : f32
    %65 = arith.addf %62, %cst_10 : f32
    %66 = arith.addf %63, %cst_9 : f32
    %67 = arith.mulf %64, %37 : f32
    %68 = arith.mulf %65, %38 : f32
    %69 = arith.mulf %66, %38 : f32
    %70 = arith.addf %67, %cst_8 : f32
    %71 = arith.addf %68, %cst_7 : f32
    %72 = arith.addf %69, %cst_6 : f32
    %73 = arith.mulf %70, %37 : f32
    %74 = arith.mulf %71, %38 : f32
    %75 = arith.mulf %72, %38 : f32
    %76 = arith.addf %73, %cst_5 : f32
    %77 = arith.negf %37 : f32
    %78 = math.exp %77 : f32
    %79 = math.absf %36 : f32
    %80 = arith.divf %cst_25, %79 : f32
    %81 = arith.cmpf olt, %79, %cst_2 : f32
    %82 = arith.addf %74, %cst_4 : f32
    %83 = arith.addf %75, %cst_3 : f32
    %84 = arith.mulf %76, %37 : f32
    %85 = arith.mulf %78, %80 : f32
    %86 = arith.select %81, %82, %83 : f32
    %87 = arith.addf %84, %cst_1 : f32
    %88 = arith.cmpf olt, %77, %cst_0 : f32
    %89 = arith.mulf %85, %86 : f32
    %90 = arith.mulf %36, %87 : f32
    %91 = arith.cmpf olt, %36, %cst_28 : f32
    %92 = arith.select %88, %cst_28, %89 : f32
    %93 = arith.subf %cst_2, %92 : f32
    %94 = arith.cmpf olt, %79, %cst_25 : f32
    %95 = arith.subf %cst_25, %90 : f32
    %96 = arith.select %91, %93, %92 : f32
    %97 = arith.mulf %34, %cst : f32
    %98 = arith.select %94, %95, %96 : f32
    %99 = arith.mulf %97, %98 : f32
    %100 = llvm.getelementptr inbounds %arg2[0, %9] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %99, %100 : f32, !llvm.ptr
    return
  }
}


// -----// IR Dump Before ReconcileUnrealizedCastsPass: reconcile-unrealized-casts ('builtin.module' operation: @loop_multiply_fusion_kernel_module) //----- //
module @loop_multiply_fusion_kernel_module attributes {dlti.dl_spec = #dlti.dl_spec<index = 32 : i32>} {
  llvm.func @__nv_expf(f32) -> f32
  llvm.func @__nv_fabsf(f32) -> f32
  llvm.func @loop_multiply_fusion(%arg0: !llvm.ptr {llvm.align = 16 : index, llvm.dereferenceable = 4096 : index, llvm.noalias, xla.invariant}, %arg1: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 1048576 : index}, %arg2: !llvm.ptr {llvm.align = 256 : index, llvm.dereferenceable = 262144 : index, llvm.noalias}) attributes {xla.backend_kind = #xla.backend_kind<gpu>, xla.entry} {
    %0 = llvm.mlir.constant(196608 : i32) : i32
    %1 = llvm.mlir.constant(131072 : i32) : i32
    %2 = llvm.mlir.constant(65536 : i32) : i32
    %3 = llvm.mlir.constant(128 : i32) : i32
    %4 = llvm.mlir.constant(8 : i32) : i32
    %5 = llvm.mlir.constant(5.000000e-01 : f32) : f32
    %6 = llvm.mlir.constant(-88.7228394 : f32) : f32
    %7 = llvm.mlir.constant(1.12837911 : f32) : f32
    %8 = llvm.mlir.constant(2.000000e+00 : f32) : f32
    %9 = llvm.mlir.constant(0.564189494 : f32) : f32
    %10 = llvm.mlir.constant(0.563825965 : f32) : f32
    %11 = llvm.mlir.constant(-0.37612626 : f32) : f32
    %12 = llvm.mlir.constant(-0.282076746 : f32) : f32
    %13 = llvm.mlir.constant(-0.274112701 : f32) : f32
    %14 = llvm.mlir.constant(0.112835854 : f32) : f32
    %15 = llvm.mlir.constant(0.42184633 : f32) : f32
    %16 = llvm.mlir.constant(3.404880e-01 : f32) : f32
    %17 = llvm.mlir.constant(-0.0268538129 : f32) : f32
    %18 = llvm.mlir.constant(-1.01526523 : f32) : f32
    %19 = llvm.mlir.constant(-0.494451523 : f32) : f32
    %20 = llvm.mlir.constant(0.00518832775 : f32) : f32
    %21 = llvm.mlir.constant(2.92101908 : f32) : f32
    %22 = llvm.mlir.constant(0.621000468 : f32) : f32
    %23 = llvm.mlir.constant(-8.0101937E-4 : f32) : f32
    %24 = llvm.mlir.constant(7.85386146E-5 : f32) : f32
    %25 = llvm.mlir.constant(-7.49551868 : f32) : f32
    %26 = llvm.mlir.constant(-0.582473278 : f32) : f32
    %27 = llvm.mlir.constant(1.297720e+01 : f32) : f32
    %28 = llvm.mlir.constant(0.368742466 : f32) : f32
    %29 = llvm.mlir.constant(-10.477664 : f32) : f32
    %30 = llvm.mlir.constant(-0.138703942 : f32) : f32
    %31 = llvm.mlir.constant(1.000000e+00 : f32) : f32
    %32 = llvm.mlir.constant(0.707106769 : f32) : f32
    %33 = llvm.mlir.constant(2.326820e-02 : f32) : f32
    %34 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    nvvm.griddepcontrol wait
    %35 = nvvm.read.ptx.sreg.ctaid.x : i32
    %36 = nvvm.read.ptx.sreg.tid.x : i32
    %37 = llvm.urem %35, %4 : i32
    %38 = llvm.mul %37, %3 : i32
    %39 = llvm.add %38, %36 : i32
    %40 = llvm.mul %35, %3 : i32
    %41 = llvm.add %40, %36 : i32
    %42 = llvm.getelementptr inbounds %arg1[0, %41] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %43 = llvm.load %42 : !llvm.ptr -> f32
    %44 = llvm.fadd %43, %34 : f32
    %45 = llvm.add %41, %2 : i32
    %46 = llvm.getelementptr inbounds %arg1[0, %45] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %47 = llvm.load %46 : !llvm.ptr -> f32
    %48 = llvm.fadd %44, %47 : f32
    %49 = llvm.add %41, %1 : i32
    %50 = llvm.getelementptr inbounds %arg1[0, %49] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %51 = llvm.load %50 : !llvm.ptr -> f32
    %52 = llvm.fadd %48, %51 : f32
    %53 = llvm.add %41, %0 : i32
    %54 = llvm.getelementptr inbounds %arg1[0, %53] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<262144 x f32>
    %55 = llvm.load %54 : !llvm.ptr -> f32
    %56 = llvm.fadd %52, %55 : f32
    %57 = llvm.getelementptr inbounds %arg0[0, %39] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<1024 x f32>
    %58 = llvm.load %57 invariant : !llvm.ptr -> f32
    %59 = llvm.fadd %56, %58 : f32
    %60 = llvm.fneg %59 : f32
    %61 = llvm.fmul %60, %32 : f32
    %62 = llvm.fmul %61, %61 : f32
    %63 = llvm.fdiv %31, %62 : f32
    %64 = llvm.fmul %63, %33 : f32
    %65 = llvm.fadd %64, %30 : f32
    %66 = llvm.fmul %65, %63 : f32
    %67 = llvm.fmul %63, %29 : f32
    %68 = llvm.fadd %66, %28 : f32
    %69 = llvm.fadd %67, %27 : f32
    %70 = llvm.fmul %68, %63 : f32
    %71 = llvm.fmul %69, %63 : f32
    %72 = llvm.fadd %70, %26 : f32
    %73 = llvm.fadd %71, %25 : f32
    %74 = llvm.fmul %62, %24 : f32
    %75 = llvm.fmul %72, %63 : f32
    %76 = llvm.fmul %73, %63 : f32
    %77 = llvm.fadd %74, %23 : f32
    %78 = llvm.fadd %75, %22 : f32
    %79 = llvm.fadd %76, %21 : f32
    %80 = llvm.fmul %77, %62 : f32
    %81 = llvm.fmul %78, %63 : f32
    %82 = llvm.fmul %79, %63 : f32
    %83 = llvm.fadd %80, %20 : f32
    %84 = llvm.fadd %81, %19 : f32
    %85 = llvm.fadd %82, %18 : f32
    %86 = llvm.fmul %83, %62 : f32
    %87 = llvm.fmul %84, %63 : f32
    %88 = llvm.fmul %85, %63 : f32
    %89 = llvm.fadd %86, %17 : f32
    %90 = llvm.fadd %87, %16 : f32
    %91 = llvm.fadd %88, %15 : f32
    %92 = llvm.fmul %89, %62 : f32
    %93 = llvm.fmul %90, %63 : f32
    %94 = llvm.fmul %91, %63 : f32
    %95 = llvm.fadd %92, %14 : f32
    %96 = llvm.fadd %93, %13 : f32
    %97 = llvm.fadd %94, %12 : f32
    %98 = llvm.fmul %95, %62 : f32
    %99 = llvm.fmul %96, %63 : f32
    %100 = llvm.fmul %97, %63 : f32
    %101 = llvm.fadd %98, %11 : f32
    %102 = llvm.fneg %62 : f32
    %103 = llvm.call @__nv_expf(%102) : (f32) -> f32
    %104 = llvm.call @__nv_fabsf(%61) : (f32) -> f32
    %105 = llvm.fdiv %31, %104 : f32
    %106 = llvm.fcmp "olt" %104, %8 : f32
    %107 = llvm.fadd %99, %10 : f32
    %108 = llvm.fadd %100, %9 : f32
    %109 = llvm.fmul %101, %62 : f32
    %110 = llvm.fmul %103, %105 : f32
    %111 = llvm.select %106, %107, %108 : i1, f32
    %112 = llvm.fadd %109, %7 : f32
    %113 = llvm.fcmp "olt" %102, %6 : f32
    %114 = llvm.fmul %110, %111 : f32
    %115 = llvm.fmul %61, %112 : f32
    %116 = llvm.fcmp "olt" %61, %34 : f32
    %117 = llvm.select %113, %34, %114 : i1, f32
    %118 = llvm.fsub %8, %117 : f32
    %119 = llvm.fcmp "olt" %104, %31 : f32
    %120 = llvm.fsub %31, %115 : f32
    %121 = llvm.select %116, %118, %117 : i1, f32
    %122 = llvm.fmul %59, %5 : f32
    %123 = llvm.select %119, %120, %121 : i1, f32
    %124 = llvm.fmul %122, %123 : f32
    %125 = llvm.getelementptr inbounds %arg2[0, %41] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.array<65536 x f32>
    llvm.store %124, %125 : f32, !llvm.ptr
    llvm.return
  }
}


