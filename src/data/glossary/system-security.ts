import type { GlossaryEntry } from '../../lib/glossary';

/** Glossary entries introduced in the Part II chapter on confidential computing and VM security. */
export const entries: GlossaryEntry[] = [
  {
    id: 'threat-model',
    term: 'threat model',
    zh: '威胁模型',
    definition:
      'A statement of what a system protects, from whom, and which parties and components it trusts. For virtual machines it says whether the attacker is a guest, a co-tenant, the hypervisor or the cloud operator.',
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
    related: ['side-channel-attack', 'transient-execution-attack'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'rowhammer',
    term: 'Rowhammer',
    zh: '行锤攻击',
    definition:
      'A hardware fault in DRAM: repeatedly activating one memory row can flip bits in physically adjacent rows. Attackers use it to corrupt memory they cannot write.',
    related: ['content-based-page-sharing'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'confidential-computing',
    term: 'confidential computing',
    zh: '机密计算',
    definition:
      'Protecting data while it is being processed, by running the computation in a hardware-enforced trusted execution environment whose memory and state the operating system, hypervisor and operator cannot read or modify, and whose contents can be remotely attested.',
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
    related: ['confidential-computing', 'memory-encryption', 'remote-attestation'],
    introducedIn: 'confidential-computing',
  },
  {
    id: 'memory-encryption',
    term: 'memory encryption',
    zh: '内存加密',
    definition:
      'Encryption of data by an engine in the memory controller as it is written to DRAM, and decryption as it is read back into the processor. With a separate key per VM, another VM or the hypervisor reading the same physical page sees only ciphertext.',
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
    related: ['confidential-vm', 'direct-device-assignment'],
    introducedIn: 'confidential-computing',
  },
];
