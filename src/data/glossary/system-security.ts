import type { GlossaryEntry } from '../../lib/glossary';

/** Glossary entries introduced in the Part II chapter on confidential computing and VM security. */
export const entries: GlossaryEntry[] = [
  {
    id: 'threat-model',
    term: 'threat model',
    zh: '威胁模型',
    definition:
      'A statement of what a system protects, from whom, and which parties and components it trusts. For virtual machines it says whether the attacker is a guest, a co-tenant, the hypervisor or the cloud operator.',
    definitionZh:
      '对一个系统的说明：它保护什么、防范谁，信任哪些参与方和组件。对虚拟机而言，威胁模型要说明攻击者是客户机、同一宿主机上的其他租户、虚拟机监视器还是云运营者。',
    related: ['trusted-computing-base', 'attack-surface'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'vm-escape',
    term: 'VM escape',
    zh: '虚拟机逃逸',
    aliases: ['virtual machine escape'],
    definition:
      'An attack in which code inside a guest breaks out of its virtual machine and runs with the privileges of the hypervisor or of the host process that emulates its devices, usually by exploiting a bug in the device model.',
    definitionZh:
      '一种攻击：客户机内的代码突破其虚拟机，以虚拟机监视器或为其模拟设备的宿主机进程的权限运行，通常是利用设备模型中的缺陷实现的。',
    related: ['device-model', 'attack-surface', 'container-escape'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'side-channel-attack',
    term: 'side-channel attack',
    zh: '侧信道攻击',
    aliases: ['side channel'],
    definition:
      'An attack that learns secrets not through an interface but from the physical or microarchitectural effects of a computation, such as its timing, its footprint in a shared cache, or the time a memory write takes.',
    definitionZh:
      '一种攻击：不通过接口，而是从计算的物理或微架构效应中获取秘密，例如计算的耗时、它在共享缓存中留下的痕迹，或一次内存写入所花的时间。',
    related: ['transient-execution-attack', 'simultaneous-multithreading'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'transient-execution-attack',
    term: 'transient-execution attack',
    zh: '瞬态执行攻击',
    aliases: ['speculative-execution attack', 'Spectre', 'Meltdown', 'L1TF', 'MDS'],
    definition:
      'A side-channel attack that makes the processor execute instructions speculatively, which are later discarded, and reads the data they touched from the traces they leave in caches or buffers. Spectre, Foreshadow (L1TF) and MDS are examples.',
    definitionZh:
      '一种侧信道攻击：诱使处理器推测执行一些随后会被丢弃的指令，再从这些指令在缓存或缓冲区中留下的痕迹中读出它们接触过的数据。Spectre、Foreshadow（L1TF）和 MDS 都是例子。',
    related: ['side-channel-attack'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'simultaneous-multithreading',
    term: 'simultaneous multithreading',
    zh: '同时多线程',
    aliases: ['SMT', 'Hyper-Threading', 'hyperthreading'],
    definition:
      'Running two or more hardware threads on one physical core at the same time, sharing its caches, buffers and predictors. Sibling threads can observe each other through these shared structures.',
    definitionZh:
      '在一个物理核上同时运行两个或更多硬件线程，它们共享该核的缓存、缓冲区和预测器。兄弟线程可以通过这些共享结构观察彼此。',
    related: ['side-channel-attack', 'transient-execution-attack'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'rowhammer',
    term: 'Rowhammer',
    zh: '行锤攻击',
    definition:
      'A hardware fault in DRAM: repeatedly activating one memory row can flip bits in physically adjacent rows. Attackers use it to corrupt memory they cannot write.',
    definitionZh:
      'DRAM 中的一种硬件故障：反复激活某一内存行，可能使物理上相邻的行中的位发生翻转。攻击者利用它破坏自己无权写入的内存。',
    related: ['content-based-page-sharing'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'confidential-computing',
    term: 'confidential computing',
    zh: '机密计算',
    definition:
      'Protecting data while it is being processed, by running the computation in a hardware-enforced trusted execution environment whose memory and state the operating system, hypervisor and operator cannot read or modify, and whose contents can be remotely attested.',
    definitionZh:
      '在数据处理过程中保护数据：让计算运行在由硬件强制实施的可信执行环境中，操作系统、虚拟机监视器和运营者都无法读取或修改其内存和状态，其内容还可以接受远程证明。',
    related: ['trusted-execution-environment', 'confidential-vm', 'remote-attestation'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'trusted-execution-environment',
    term: 'trusted execution environment',
    zh: '可信执行环境',
    aliases: ['TEE'],
    definition:
      'An execution environment isolated by hardware from the rest of the system, including more privileged software, so that the code and data inside it keep their confidentiality and integrity. An SGX enclave and a confidential VM are both TEEs.',
    definitionZh:
      '由硬件与系统其余部分（包括特权更高的软件）隔离开的执行环境，使其中的代码和数据保持机密性和完整性。SGX enclave 和机密虚拟机都是 TEE。',
    related: ['confidential-computing', 'confidential-vm'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'confidential-vm',
    term: 'confidential VM',
    zh: '机密虚拟机',
    aliases: ['CVM', 'CoCo VM', 'trust domain', 'realm'],
    definition:
      'A virtual machine whose memory and register state are protected by the processor from the hypervisor and the host. AMD SEV-SNP guests, Intel TDX trust domains and Arm CCA realms are confidential VMs.',
    definitionZh:
      '一种虚拟机，处理器保护其内存和寄存器状态，使之免受虚拟机监视器和宿主机的侵害。AMD SEV-SNP 客户机、Intel TDX 信任域（trust domain）和 Arm CCA realm 都是机密虚拟机。',
    related: ['confidential-computing', 'memory-encryption', 'remote-attestation'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'memory-encryption',
    term: 'memory encryption',
    zh: '内存加密',
    definition:
      'Encryption of data by an engine in the memory controller as it is written to DRAM, and decryption as it is read back into the processor. With a separate key per VM, another VM or the hypervisor reading the same physical page sees only ciphertext.',
    definitionZh:
      '由内存控制器中的引擎在数据写入 DRAM 时对其加密、在读回处理器时对其解密。每台虚拟机使用单独的密钥时，另一台虚拟机或虚拟机监视器读取同一物理页只能看到密文。',
    related: ['confidential-vm'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'reverse-map-table',
    term: 'Reverse Map Table',
    zh: '反向映射表',
    aliases: ['RMP'],
    definition:
      'In AMD SEV-SNP, a table with one entry per page of physical memory that records which VM (or the hypervisor) owns the page and at which guest-physical address it may be mapped. The processor checks it on memory accesses, so the hypervisor can no longer remap, replay or overwrite a guest’s private pages.',
    definitionZh:
      'AMD SEV-SNP 中的一张表，物理内存的每一页在其中各有一个条目，记录该页归哪台虚拟机（或虚拟机监视器）所有，以及它可以映射到哪个客户机物理地址。处理器在访问内存时检查这张表，因此虚拟机监视器再也无法重新映射、重放或覆盖客户机的私有页。',
    related: ['confidential-vm', 'memory-encryption'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'remote-attestation',
    term: 'remote attestation',
    zh: '远程证明',
    aliases: ['attestation'],
    definition:
      'A protocol in which a system proves to a remote party what it is running: the hardware signs evidence containing measurements of the software, and a verifier checks the signature and compares the measurements with reference values before anyone trusts the system with secrets.',
    definitionZh:
      '一种协议，系统借助它向远程一方证明自己正在运行什么：硬件对包含软件度量值的证据签名，验证方检查签名，并把度量值与参考值比较；通过这些检查之后，才会有人把秘密托付给该系统。',
    related: ['measurement', 'root-of-trust', 'confidential-vm'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'measurement',
    term: 'measurement',
    zh: '度量',
    aliases: ['launch measurement'],
    definition:
      'A cryptographic hash of the code and data loaded into an environment, such as a confidential VM’s initial memory, computed by trusted hardware or firmware as they are loaded. Any change to what was loaded changes the measurement.',
    definitionZh:
      '对装入某个环境的代码和数据（例如机密虚拟机的初始内存）计算的密码学哈希，由可信硬件或固件在装入时计算。装入的内容有任何改动，度量值都会随之改变。',
    related: ['remote-attestation'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'root-of-trust',
    term: 'root of trust',
    zh: '信任根',
    aliases: ['hardware root of trust'],
    definition:
      'The component whose correctness cannot be checked by anything below it and must simply be trusted, such as a key fused into a processor and the firmware of its security processor. Attestation evidence is signed with keys that chain back to it.',
    definitionZh:
      '其正确性无法由其下任何东西检验、只能直接信任的组件，例如用熔丝固化在处理器中的密钥及其安全处理器的固件。远程证明证据所用的签名密钥，沿密钥链最终都追溯到它。',
    related: ['remote-attestation', 'trusted-computing-base'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'bounce-buffer',
    term: 'bounce buffer',
    zh: '反弹缓冲区',
    aliases: ['swiotlb'],
    definition:
      'A temporary buffer that a device can reach, through which the CPU copies data to and from the real buffer. In a confidential VM, I/O goes through bounce buffers in shared, unencrypted memory, because the host cannot access the guest’s private memory.',
    definitionZh:
      '设备能够访问的临时缓冲区，CPU 经由它与真正的缓冲区来回复制数据。在机密虚拟机中，I/O 要经过位于共享、未加密内存中的反弹缓冲区，因为宿主机无法访问客户机的私有内存。',
    related: ['confidential-vm', 'direct-device-assignment'],
    introducedIn: 'confidential-computing',
  },
];
