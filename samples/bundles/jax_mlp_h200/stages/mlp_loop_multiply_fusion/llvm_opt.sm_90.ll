; ModuleID = '<string>'
source_filename = "LLVMDialectModule"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nounwind
define ptx_kernel void @loop_multiply_fusion(ptr noalias nofree readonly align 16 captures(none) dereferenceable(4096) %0, ptr nofree readonly align 256 captures(none) dereferenceable(1048576) %1, ptr noalias nofree writeonly align 256 captures(none) dereferenceable(262144) %2) local_unnamed_addr #0 {
  %4 = addrspacecast ptr %1 to ptr addrspace(1)
  %5 = addrspacecast ptr %0 to ptr addrspace(1)
  %6 = addrspacecast ptr %2 to ptr addrspace(1)
  tail call void @llvm.nvvm.griddepcontrol.wait()
  %7 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x(), !range !4
  %8 = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x(), !range !5
  %9 = shl nuw nsw i32 %7, 7
  %10 = and i32 %9, 896
  %11 = or disjoint i32 %10, %8
  %12 = or disjoint i32 %9, %8
  %13 = zext nneg i32 %12 to i64
  %14 = getelementptr inbounds nuw [4 x i8], ptr addrspace(1) %4, i64 %13
  %15 = load float, ptr addrspace(1) %14, align 4
  %16 = fadd float %15, 0.000000e+00
  %17 = getelementptr inbounds nuw i8, ptr addrspace(1) %14, i64 262144
  %18 = load float, ptr addrspace(1) %17, align 4
  %19 = fadd float %16, %18
  %20 = getelementptr inbounds nuw i8, ptr addrspace(1) %14, i64 524288
  %21 = load float, ptr addrspace(1) %20, align 4
  %22 = fadd float %19, %21
  %23 = getelementptr inbounds nuw i8, ptr addrspace(1) %14, i64 786432
  %24 = load float, ptr addrspace(1) %23, align 4
  %25 = fadd float %22, %24
  %26 = zext nneg i32 %11 to i64
  %27 = getelementptr inbounds nuw [4 x i8], ptr addrspace(1) %5, i64 %26
  %28 = load float, ptr addrspace(1) %27, align 4, !invariant.load !6
  %29 = fadd float %25, %28
  %30 = fmul float %29, 0xBFE6A09E60000000
  %31 = fmul float %30, %30
  %32 = fdiv float 1.000000e+00, %31
  %33 = fmul float %32, 0x3F97D39E80000000
  %34 = fadd float %33, 0xBFC1C10D00000000
  %35 = fmul float %32, %34
  %36 = fmul float %32, 0x4024F49060000000
  %37 = fadd float %35, 0x3FD7997A00000000
  %38 = fsub float 0x4029F45380000000, %36
  %39 = fmul float %32, %37
  %40 = fmul float %32, %38
  %41 = fadd float %39, 0xBFE2A39F00000000
  %42 = fadd float %40, 0xC01DFB6940000000
  %43 = fmul float %31, 0x3F1496A320000000
  %44 = fmul float %32, %41
  %45 = fmul float %32, %42
  %46 = fadd float %43, 0xBF4A3F7000000000
  %47 = fadd float %44, 0x3FE3DF3C60000000
  %48 = fadd float %45, 0x40075E3F40000000
  %49 = fmul float %31, %46
  %50 = fmul float %32, %47
  %51 = fmul float %32, %48
  %52 = fadd float %49, 0x3F75405B20000000
  %53 = fadd float %50, 0xBFDFA51800000000
  %54 = fadd float %51, 0xBFF03E86C0000000
  %55 = fmul float %31, %52
  %56 = fmul float %32, %53
  %57 = fmul float %32, %54
  %58 = fadd float %55, 0xBF9B7F90E0000000
  %59 = fadd float %56, 0x3FD5CA8E20000000
  %60 = fadd float %57, 0x3FDAFF87C0000000
  %61 = fmul float %31, %58
  %62 = fmul float %32, %59
  %63 = fmul float %32, %60
  %64 = fadd float %61, 0x3FBCE2CF80000000
  %65 = fadd float %62, 0xBFD18B1000000000
  %66 = fadd float %63, 0xBFD20D8BA0000000
  %67 = fmul float %31, %64
  %68 = fmul float %32, %65
  %69 = fmul float %32, %66
  %70 = fadd float %67, 0xBFD81273E0000000
  %71 = fneg float %31
  %72 = tail call float @llvm.fma.f32(float %71, float 0x3F777313A0000000, float 5.000000e-01)
  %73 = tail call float @llvm.nvvm.saturate.f(float %72) #1
  %74 = tail call float @llvm.nvvm.fma.rm.f(float %73, float 2.520000e+02, float 0x4168000020000000) #1
  %75 = fadd float %74, 0xC168000FE0000000
  %76 = fneg float %75
  %77 = tail call float @llvm.fma.f32(float %71, float 0x3FF7154760000000, float %76)
  %78 = tail call float @llvm.fma.f32(float %71, float 0x3E54AE0C00000000, float %77)
  %79 = bitcast float %74 to i32
  %80 = shl i32 %79, 23
  %81 = bitcast i32 %80 to float
  %82 = tail call float @llvm.nvvm.ex2.approx.ftz.f32(float %78)
  %83 = fmul float %82, %81
  %84 = tail call float @llvm.nvvm.fabs.f32(float %30)
  %85 = fdiv float 1.000000e+00, %84
  %86 = fcmp olt float %84, 2.000000e+00
  %87 = fadd float %68, 0x3FE20ADCC0000000
  %88 = fadd float %69, 0x3FE20DD720000000
  %89 = fmul float %31, %70
  %90 = fmul float %85, %83
  %91 = select i1 %86, float %87, float %88
  %92 = fadd float %89, 0x3FF20DD740000000
  %93 = fcmp ogt float %31, 0x40562E4300000000
  %94 = fmul float %90, %91
  %95 = fmul float %30, %92
  %96 = fcmp olt float %30, 0.000000e+00
  %97 = select i1 %93, float 0.000000e+00, float %94
  %98 = fsub float 2.000000e+00, %97
  %99 = fcmp olt float %84, 1.000000e+00
  %100 = fsub float 1.000000e+00, %95
  %101 = select i1 %96, float %98, float %97
  %102 = fmul float %29, 5.000000e-01
  %103 = select i1 %99, float %100, float %101
  %104 = fmul float %102, %103
  %105 = getelementptr inbounds nuw [4 x i8], ptr addrspace(1) %6, i64 %13
  store float %104, ptr addrspace(1) %105, align 4
  ret void
}

; Function Attrs: nounwind
declare void @llvm.nvvm.griddepcontrol.wait() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 2147483647) i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef range(i32 0, 1024) i32 @llvm.nvvm.read.ptx.sreg.tid.x() #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fabs.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.saturate.f(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.nvvm.fma.rm.f(float, float, float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(none)
declare float @llvm.nvvm.ex2.approx.ftz.f32(float) #3

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #4

attributes #0 = { nounwind "nvvm.reqntid"="128,1,1" }
attributes #1 = { nounwind }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}
!nvvmir.version = !{!3}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 4, !"nvvm-reflect-ftz", i32 0}
!2 = !{!"clang version 3.8.0 (tags/RELEASE_380/final)"}
!3 = !{i32 2, i32 0}
!4 = !{i32 0, i32 512}
!5 = !{i32 0, i32 128}
!6 = !{}
