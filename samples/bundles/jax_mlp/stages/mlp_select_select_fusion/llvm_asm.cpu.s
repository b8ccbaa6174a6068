	.file	"__compute_module_select_select_fusion_kernel_module"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI0_0:
	.long	0xbf3504f3
.LCPI0_1:
	.long	0x3f800000
.LCPI0_2:
	.long	0x3cbe9cf4
.LCPI0_3:
	.long	0xbe0e0868
.LCPI0_4:
	.long	0xc127a483
.LCPI0_5:
	.long	0x3ebccbd0
.LCPI0_6:
	.long	0x414fa29c
.LCPI0_7:
	.long	0xbf151cf8
.LCPI0_8:
	.long	0xc0efdb4a
.LCPI0_9:
	.long	0x38a4b519
.LCPI0_10:
	.long	0xba51fb80
.LCPI0_11:
	.long	0x3f1ef9e3
.LCPI0_12:
	.long	0x403af1fa
.LCPI0_13:
	.long	0x3baa02d9
.LCPI0_14:
	.long	0xbefd28c0
.LCPI0_15:
	.long	0xbf81f436
.LCPI0_16:
	.long	0xbcdbfc87
.LCPI0_17:
	.long	0x3eae5471
.LCPI0_18:
	.long	0x3ed7fc3e
.LCPI0_19:
	.long	0x3de7167c
.LCPI0_20:
	.long	0xbe8c5880
.LCPI0_21:
	.long	0xbe906c5d
.LCPI0_22:
	.long	0xbec0939f
.LCPI0_23:
	.long	0x80000000
.LCPI0_24:
	.long	0xc2af999a
.LCPI0_25:
	.long	0x42b1999a
.LCPI0_26:
	.long	0x3fb8aa3b
.LCPI0_27:
	.long	0x3f000000
.LCPI0_28:
	.long	0xc2fe0000
.LCPI0_29:
	.long	0x42fe0000
.LCPI0_30:
	.long	0xbf318000
.LCPI0_31:
	.long	0x395e8083
.LCPI0_32:
	.long	0x39506967
.LCPI0_33:
	.long	0x3ab743ce
.LCPI0_34:
	.long	0x3c088908
.LCPI0_35:
	.long	0x3d2aa9c1
.LCPI0_36:
	.long	0x3e2aaaaa
.LCPI0_37:
	.long	0x7fffffff
.LCPI0_38:
	.long	0x40000000
.LCPI0_39:
	.long	0x3f106eb9
.LCPI0_40:
	.long	0x3f1056e6
.LCPI0_41:
	.long	0x3f906eba
.LCPI0_42:
	.long	0x42b17218
	.section	.ltext,"axl",@progbits
	.globl	select_select_fusion
	.p2align	4
	.type	select_select_fusion,@function
select_select_fusion:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	andq	$-32, %rsp
	subq	$672, %rsp
	.cfi_offset %rbx, -56
	.cfi_offset %r12, -48
	.cfi_offset %r13, -40
	.cfi_offset %r14, -32
	.cfi_offset %r15, -24
	movq	8(%rdi), %rax
	movq	(%rax), %rax
	cmpq	$1, %rax
	ja	.LBB0_5
	movabsq	$.LCPI0_3, %rsi
	movabsq	$.LCPI0_2, %rdx
	movabsq	$.LCPI0_31, %r8
	movabsq	$.LCPI0_36, %r10
	movabsq	$.LCPI0_39, %r14
	movabsq	$.LCPI0_40, %r15
	movabsq	$.LCPI0_35, %r9
	movabsq	$.LCPI0_41, %r12
	movabsq	$.LCPI0_0, %rcx
	movabsq	$.LCPI0_38, %rbx
	movabsq	$.LCPI0_42, %r13
	movabsq	$.LCPI0_37, %r11
	shlq	$17, %rax
	vbroadcastss	(%rsi), %ymm16
	movabsq	$.LCPI0_5, %rsi
	vbroadcastss	(%rdx), %ymm21
	movabsq	$.LCPI0_4, %rdx
	vbroadcastss	(%r14), %ymm15
	vbroadcastss	(%rcx), %ymm8
	vbroadcastss	(%rsi), %ymm18
	movabsq	$.LCPI0_7, %rsi
	vbroadcastss	(%rdx), %ymm17
	movabsq	$.LCPI0_6, %rdx
	vbroadcastss	(%rsi), %ymm23
	movabsq	$.LCPI0_9, %rsi
	vbroadcastss	(%rdx), %ymm19
	movabsq	$.LCPI0_8, %rdx
	vbroadcastss	(%rsi), %ymm26
	movabsq	$.LCPI0_11, %rsi
	vbroadcastss	(%rdx), %ymm24
	movabsq	$.LCPI0_10, %rdx
	vbroadcastss	(%rsi), %ymm22
	movabsq	$.LCPI0_13, %rsi
	vbroadcastss	(%rdx), %ymm28
	movabsq	$.LCPI0_12, %rdx
	vbroadcastss	(%rsi), %ymm0
	movabsq	$.LCPI0_15, %rsi
	vbroadcastss	(%rdx), %ymm29
	movabsq	$.LCPI0_14, %rdx
	vbroadcastss	(%rsi), %ymm2
	movabsq	$.LCPI0_17, %rsi
	vbroadcastss	(%rdx), %ymm1
	movabsq	$.LCPI0_16, %rdx
	vbroadcastss	(%rsi), %ymm5
	movabsq	$.LCPI0_19, %rsi
	vbroadcastss	(%rdx), %ymm3
	movabsq	$.LCPI0_18, %rdx
	vbroadcastss	(%rsi), %ymm7
	movabsq	$.LCPI0_21, %rsi
	vbroadcastss	(%rdx), %ymm6
	movabsq	$.LCPI0_20, %rdx
	vbroadcastss	(%rsi), %ymm10
	movabsq	$.LCPI0_24, %rsi
	vbroadcastss	(%rdx), %ymm9
	movabsq	$.LCPI0_22, %rdx
	vmovaps	%ymm15, 192(%rsp)
	vbroadcastss	(%r12), %ymm15
	vmovaps	%ymm8, 608(%rsp)
	vmovaps	%ymm16, 576(%rsp)
	vbroadcastss	(%rsi), %ymm25
	movabsq	$.LCPI0_26, %rsi
	vbroadcastss	(%rdx), %ymm11
	movabsq	$.LCPI0_25, %rdx
	vbroadcastss	(%rsi), %ymm30
	movabsq	$.LCPI0_28, %rsi
	vbroadcastss	(%rdx), %ymm4
	movabsq	$.LCPI0_27, %rdx
	vbroadcastss	(%rsi), %ymm12
	movabsq	$.LCPI0_29, %rsi
	vbroadcastss	(%rdx), %ymm20
	movq	24(%rdi), %rdx
	movabsq	$.LCPI0_23, %rdi
	vbroadcastss	(%rsi), %ymm14
	movabsq	$.LCPI0_30, %rsi
	vbroadcastss	(%rdi), %ymm27
	movabsq	$.LCPI0_32, %rdi
	vmovaps	%ymm22, 544(%rsp)
	vbroadcastss	(%rsi), %ymm13
	movabsq	$.LCPI0_1, %rsi
	vbroadcastss	(%rsi), %ymm31
	movq	16(%rdx), %rcx
	addq	(%rdx), %rax
	xorl	%edx, %edx
	vmovaps	%ymm15, 128(%rsp)
	vbroadcastss	(%r11), %ymm15
	vmovaps	%ymm12, 512(%rsp)
	vmovaps	%ymm27, 384(%rsp)
	vmovaps	%ymm14, 480(%rsp)
	vbroadcastss	(%r8), %ymm14
	movabsq	$.LCPI0_34, %r8
	vmovaps	%ymm13, 448(%rsp)
	vbroadcastss	(%rdi), %ymm13
	movabsq	$.LCPI0_33, %rdi
	vmovaps	%ymm15, 64(%rsp)
	vmovaps	%ymm14, 416(%rsp)
	vbroadcastss	(%rdi), %ymm14
	vmovaps	%ymm13, 352(%rsp)
	vbroadcastss	(%r8), %ymm13
	vmovaps	%ymm14, 320(%rsp)
	vbroadcastss	(%r9), %ymm14
	vmovaps	%ymm13, 288(%rsp)
	vbroadcastss	(%r10), %ymm13
	vmovaps	%ymm14, 256(%rsp)
	vbroadcastss	(%rbx), %ymm14
	vmovaps	%ymm13, 224(%rsp)
	vbroadcastss	(%r15), %ymm13
	vmovaps	%ymm14, (%rsp)
	vmovaps	%ymm13, 160(%rsp)
	vbroadcastss	(%rsi), %ymm13
	vmovaps	%ymm13, 96(%rsp)
	vbroadcastss	(%r13), %ymm13
	vmovaps	%ymm13, 32(%rsp)
	.p2align	4
.LBB0_2:
	xorl	%esi, %esi
	.p2align	4
.LBB0_3:
	vmovups	(%rax,%rsi,4), %ymm12
	vaddps	(%rcx,%rsi,4), %ymm12, %ymm12
	vmulps	%ymm8, %ymm12, %ymm12
	vmovaps	512(%rsp), %ymm8
	vmulps	%ymm12, %ymm12, %ymm13
	vdivps	%ymm13, %ymm31, %ymm14
	vmulps	%ymm21, %ymm14, %ymm15
	vaddps	%ymm16, %ymm15, %ymm15
	vmulps	%ymm17, %ymm14, %ymm16
	vmulps	%ymm15, %ymm14, %ymm15
	vaddps	%ymm19, %ymm16, %ymm16
	vaddps	%ymm18, %ymm15, %ymm15
	vmulps	%ymm16, %ymm14, %ymm16
	vmulps	%ymm15, %ymm14, %ymm15
	vaddps	%ymm24, %ymm16, %ymm16
	vaddps	%ymm23, %ymm15, %ymm15
	vmulps	%ymm16, %ymm14, %ymm16
	vmulps	%ymm15, %ymm14, %ymm15
	vaddps	%ymm29, %ymm16, %ymm16
	vaddps	%ymm22, %ymm15, %ymm15
	vmulps	%ymm16, %ymm14, %ymm16
	vmovaps	%ymm30, %ymm22
	vmulps	%ymm15, %ymm14, %ymm15
	vaddps	%ymm2, %ymm16, %ymm16
	vaddps	%ymm1, %ymm15, %ymm15
	vmulps	%ymm16, %ymm14, %ymm16
	vmulps	%ymm15, %ymm14, %ymm15
	vaddps	%ymm6, %ymm16, %ymm16
	vaddps	%ymm5, %ymm15, %ymm15
	vmulps	%ymm16, %ymm14, %ymm16
	vmulps	%ymm15, %ymm14, %ymm15
	vaddps	%ymm10, %ymm16, %ymm16
	vaddps	%ymm9, %ymm15, %ymm15
	vmulps	%ymm15, %ymm14, %ymm15
	vmulps	%ymm16, %ymm14, %ymm14
	vxorps	%ymm27, %ymm13, %ymm16
	vmovaps	%ymm23, %ymm27
	vmovaps	%ymm17, %ymm23
	vaddps	192(%rsp), %ymm14, %ymm14
	vmaxps	%ymm16, %ymm25, %ymm16
	vminps	%ymm16, %ymm4, %ymm16
	vmulps	%ymm30, %ymm16, %ymm17
	vmovaps	%ymm28, %ymm30
	vmovaps	%ymm24, %ymm28
	vmovaps	%ymm18, %ymm24
	vaddps	%ymm20, %ymm17, %ymm17
	vrndscaleps	$9, %ymm17, %ymm17
	vmaxps	%ymm17, %ymm8, %ymm17
	vmovaps	480(%rsp), %ymm8
	vminps	%ymm17, %ymm8, %ymm17
	vmulps	448(%rsp), %ymm17, %ymm18
	vmovaps	%ymm4, %ymm8
	vmovaps	%ymm25, %ymm4
	vmovaps	%ymm11, %ymm25
	vmovaps	%ymm10, %ymm11
	vmovaps	%ymm9, %ymm10
	vmovaps	%ymm7, %ymm9
	vmovaps	%ymm6, %ymm7
	vmovaps	%ymm5, %ymm6
	vmovaps	%ymm3, %ymm5
	vmovaps	%ymm2, %ymm3
	vmovaps	%ymm1, %ymm2
	vmovaps	%ymm0, %ymm1
	vmovaps	%ymm29, %ymm0
	vmovaps	%ymm26, %ymm29
	vmovaps	%ymm19, %ymm26
	vaddps	%ymm18, %ymm16, %ymm16
	vmulps	416(%rsp), %ymm17, %ymm18
	vcvttps2dq	%ymm17, %ymm17
	vpslld	$23, %ymm17, %ymm17
	vpaddd	96(%rsp), %ymm17, %ymm17
	vaddps	%ymm18, %ymm16, %ymm16
	vmulps	352(%rsp), %ymm16, %ymm18
	vaddps	320(%rsp), %ymm18, %ymm18
	vmulps	%ymm16, %ymm16, %ymm19
	vmulps	%ymm18, %ymm16, %ymm18
	vaddps	288(%rsp), %ymm18, %ymm18
	vmulps	%ymm18, %ymm16, %ymm18
	vaddps	256(%rsp), %ymm18, %ymm18
	vmulps	%ymm18, %ymm16, %ymm18
	vaddps	224(%rsp), %ymm18, %ymm18
	vmulps	%ymm18, %ymm16, %ymm18
	vaddps	%ymm20, %ymm18, %ymm18
	vmulps	%ymm18, %ymm19, %ymm18
	vmovaps	%ymm26, %ymm19
	vmovaps	%ymm29, %ymm26
	vmovaps	%ymm0, %ymm29
	vmovaps	%ymm1, %ymm0
	vmovaps	%ymm2, %ymm1
	vmovaps	%ymm3, %ymm2
	vmovaps	%ymm5, %ymm3
	vmovaps	%ymm6, %ymm5
	vmovaps	%ymm7, %ymm6
	vmovaps	%ymm9, %ymm7
	vmovaps	%ymm10, %ymm9
	vmovaps	%ymm11, %ymm10
	vmovaps	%ymm25, %ymm11
	vmovaps	%ymm4, %ymm25
	vmovaps	%ymm8, %ymm4
	vxorps	%xmm8, %xmm8, %xmm8
	vcmpltps	%ymm8, %ymm12, %k2
	vmovaps	(%rsp), %ymm8
	vaddps	%ymm18, %ymm16, %ymm16
	vaddps	%ymm31, %ymm16, %ymm16
	vmulps	%ymm17, %ymm16, %ymm16
	vandps	64(%rsp), %ymm12, %ymm17
	vcmpltps	(%rsp), %ymm17, %k1
	vdivps	%ymm17, %ymm31, %ymm18
	vaddps	160(%rsp), %ymm15, %ymm14 {%k1}
	vmulps	%ymm26, %ymm13, %ymm15
	vcmpngtps	32(%rsp), %ymm13, %k1
	vmulps	%ymm16, %ymm18, %ymm16
	vmovaps	%ymm24, %ymm18
	vmovaps	%ymm28, %ymm24
	vmovaps	%ymm30, %ymm28
	vaddps	%ymm28, %ymm15, %ymm15
	vmovaps	%ymm22, %ymm30
	vmovaps	544(%rsp), %ymm22
	vmulps	%ymm15, %ymm13, %ymm15
	vaddps	%ymm0, %ymm15, %ymm15
	vmulps	%ymm15, %ymm13, %ymm15
	vaddps	%ymm3, %ymm15, %ymm15
	vmulps	%ymm15, %ymm13, %ymm15
	vaddps	%ymm7, %ymm15, %ymm15
	vmulps	%ymm15, %ymm13, %ymm15
	vaddps	%ymm11, %ymm15, %ymm15
	vmulps	%ymm15, %ymm13, %ymm15
	vaddps	128(%rsp), %ymm15, %ymm13
	vmulps	%ymm16, %ymm14, %ymm15 {%k1} {z}
	vcmpltps	%ymm31, %ymm17, %k1
	vmovaps	%ymm23, %ymm17
	vmovaps	%ymm27, %ymm23
	vmovaps	576(%rsp), %ymm16
	vmovaps	384(%rsp), %ymm27
	vsubps	%ymm15, %ymm8, %ymm15 {%k2}
	vmovaps	608(%rsp), %ymm8
	vmulps	%ymm13, %ymm12, %ymm13
	vsubps	%ymm13, %ymm31, %ymm15 {%k1}
	vmovups	%ymm15, (%rax,%rsi,4)
	addq	$8, %rsi
	cmpq	$1024, %rsi
	jne	.LBB0_3
	incq	%rdx
	addq	$4096, %rax
	cmpq	$32, %rdx
	jne	.LBB0_2
.LBB0_5:
	xorl	%eax, %eax
	leaq	-40(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	vzeroupper
	retq
.Lfunc_end0:
	.size	select_select_fusion, .Lfunc_end0-select_select_fusion
	.cfi_endproc

	.section	".note.GNU-stack","",@progbits
