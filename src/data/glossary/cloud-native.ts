import type { GlossaryEntry } from '../../lib/glossary';

/** Glossary terms introduced in this part's chapters. */
export const entries: GlossaryEntry[] = [
  // Chapter 11: Microservices
  {
    id: 'monolith',
    term: 'monolith',
    zh: '单体架构',
    aliases: ['monolithic application', '单体应用'],
    definition:
      'An application whose functions are all built, deployed and scaled together as one program, usually sharing one database. Simple to develop and test while small; every change ships everything.',
    related: ['microservices', 'service-oriented-architecture'],
    introducedIn: 'microservices',
  },
  {
    id: 'service-oriented-architecture',
    term: 'service-oriented architecture',
    zh: '面向服务的架构',
    aliases: ['SOA'],
    definition:
      'An architectural style that splits a system by business function into separate systems that offer services over the network, often connected through a central enterprise service bus.',
    related: ['enterprise-service-bus', 'microservices', 'monolith'],
    introducedIn: 'microservices',
  },
  {
    id: 'enterprise-service-bus',
    term: 'enterprise service bus',
    zh: '企业服务总线',
    aliases: ['ESB'],
    definition:
      'Central middleware used in many SOA systems to route, transform and orchestrate messages between services, so that much of the integration logic lives in the “pipe” rather than in the services.',
    related: ['service-oriented-architecture'],
    introducedIn: 'microservices',
  },
  {
    id: 'microservices',
    term: 'microservices',
    zh: '微服务',
    aliases: ['microservice', 'microservice architecture', '微服务架构'],
    definition:
      'An architectural style that builds one application as a suite of small services, each running in its own process, owning one business capability and its data, deployed independently and communicating through lightweight, language-neutral APIs.',
    related: ['monolith', 'service-oriented-architecture', 'service-mesh', 'container'],
    introducedIn: 'microservices',
  },
  {
    id: 'conways-law',
    term: 'Conway’s law',
    zh: '康威定律',
    definition:
      'The observation that organisations design systems whose structure copies their own communication structure. Microservice teams use it deliberately by organising teams around business capabilities.',
    related: ['microservices'],
    introducedIn: 'microservices',
  },
  {
    id: 'api-gateway',
    term: 'API gateway',
    zh: 'API 网关',
    definition:
      'A single entry point that receives client requests and routes each to the internal service that handles it, hiding the internal structure of a microservice system from its clients.',
    related: ['microservices', 'load-balancing'],
    introducedIn: 'microservices',
  },
  {
    id: 'load-balancing',
    term: 'load balancing',
    zh: '负载均衡',
    definition:
      'Spreading requests over several instances of a service so that none is overloaded, for example in turn (round robin) or to the instance with the fewest requests in flight.',
    related: ['service-discovery', 'service-mesh'],
    introducedIn: 'microservices',
  },
  {
    id: 'service-discovery',
    term: 'service discovery',
    zh: '服务发现',
    definition:
      'Keeping an up-to-date record of which instances of each service exist, where they are and whether they are healthy, so that callers can find a working instance.',
    related: ['load-balancing', 'control-plane'],
    introducedIn: 'microservices',
  },
  {
    id: 'circuit-breaker',
    term: 'circuit breaker',
    zh: '熔断器',
    aliases: ['circuit breaking', '熔断机制'],
    definition:
      'A wrapper around remote calls that counts failures and, once they pass a threshold, makes further calls fail immediately for a while, so that a slow or failing service cannot cause cascading failures in its callers.',
    related: ['microservices', 'service-mesh'],
    introducedIn: 'microservices',
  },
  {
    id: 'canary-release',
    term: 'canary release',
    zh: '灰度发布',
    aliases: ['canary deployment', '金丝雀发布'],
    definition:
      'Releasing a new version to a small, controlled share of real traffic first, comparing its behaviour with the old version, and then widening the rollout or rolling it back.',
    related: ['service-mesh', 'microservices'],
    introducedIn: 'microservices',
  },
  {
    id: 'distributed-tracing',
    term: 'distributed tracing',
    zh: '分布式追踪',
    aliases: ['链路追踪'],
    definition:
      'Recording a request’s path through many services by passing a trace identifier on every call and collecting a timed span from each service, so that the whole request can be reassembled and its slow parts found.',
    related: ['microservices', 'service-mesh'],
    introducedIn: 'microservices',
  },

  // Chapter 12: Service mesh
  {
    id: 'service-mesh',
    term: 'service mesh',
    zh: '服务网格',
    definition:
      'An infrastructure layer for service-to-service communication: proxies beside each service (the data plane), configured by a control plane, add reliability, security and observability without changes to application code.',
    related: ['sidecar', 'data-plane', 'control-plane', 'istio', 'microservices'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'sidecar',
    term: 'sidecar',
    zh: '边车',
    aliases: ['sidecar proxy', 'sidecar pattern', '边车模式'],
    definition:
      'A helper process or container deployed beside a main service in the same unit, such as a Kubernetes pod, to add functions like proxying or logging without changing the service itself.',
    related: ['service-mesh', 'envoy', 'data-plane'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'data-plane',
    term: 'data plane',
    zh: '数据平面',
    definition:
      'In a service mesh, the proxies in the request path that discover, route, balance, secure and observe every request between services.',
    related: ['control-plane', 'sidecar', 'envoy'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'control-plane',
    term: 'control plane',
    zh: '控制平面',
    definition:
      'In a service mesh, the components outside the request path that watch the platform for services, turn operators’ rules into proxy configuration, issue certificates and push all of this to the data plane.',
    related: ['data-plane', 'istiod', 'xds'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'xds',
    term: 'xDS APIs',
    zh: 'xDS 协议',
    aliases: ['xDS'],
    definition:
      'The family of dynamic configuration APIs defined by Envoy, through which a control plane updates a proxy’s listeners, routes, clusters, endpoints and certificates at run time. Other proxies implement them to join Istio meshes.',
    related: ['envoy', 'control-plane', 'mosn'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'istio',
    term: 'Istio',
    zh: 'Istio 服务网格',
    definition:
      'An open-source service mesh announced by Google, IBM and Lyft in May 2017. Its data plane is Envoy proxies (or, in ambient mode, per-node proxies); its control plane has been the single istiod process since version 1.5.',
    related: ['istiod', 'envoy', 'service-mesh'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'istiod',
    term: 'istiod',
    zh: 'Istio 控制平面守护进程',
    definition:
      'Istio’s control plane since version 1.5 (March 2020): one binary that merged Pilot, Citadel, Galley and the sidecar injector, providing service discovery, configuration and certificate management.',
    related: ['istio', 'control-plane'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'envoy',
    term: 'Envoy',
    zh: 'Envoy 代理',
    definition:
      'A high-performance proxy written in C++ and open-sourced by Lyft in September 2016, designed to run beside every service and configured dynamically through its xDS APIs; the data plane of Istio.',
    related: ['xds', 'sidecar', 'istio', 'data-plane'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'linkerd',
    term: 'Linkerd',
    zh: 'Linkerd 服务网格',
    definition:
      'An open-source service mesh for Kubernetes, by its own account the first service mesh project, whose data plane is a small proxy written in Rust specifically for the mesh.',
    related: ['service-mesh', 'sidecar'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'mosn',
    term: 'MOSN',
    zh: 'MOSN 网络代理',
    aliases: ['Modular Open Smart Network'],
    definition:
      'A cloud-native network proxy written in Go and open-sourced by Ant Group, with support for many RPC protocols such as SOFARPC and Dubbo. It implements the xDS APIs and can replace Envoy as Istio’s data plane.',
    related: ['envoy', 'xds', 'data-plane'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'ambient-mode',
    term: 'ambient mode',
    zh: 'Ambient 模式（无边车模式）',
    aliases: ['ambient mesh', 'Istio ambient mode', 'sidecar-less mesh', '无 Sidecar 模式'],
    definition:
      'Istio’s sidecar-less data plane: a per-node ztunnel provides mutual TLS, Layer 4 policy and telemetry for all meshed pods on its node, and optional waypoint proxies add Layer 7 features where needed. Generally available since Istio 1.24 (November 2024).',
    related: ['ztunnel', 'waypoint-proxy', 'istio', 'sidecar'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'ztunnel',
    term: 'ztunnel',
    zh: '零信任隧道（ztunnel）',
    aliases: ['zero-trust tunnel'],
    definition:
      'The per-node proxy of Istio’s ambient mode, written in Rust and limited to Layers 3 and 4: it redirects the traffic of meshed pods on its node, authenticates and encrypts it with mutual TLS, applies Layer 4 policy and records telemetry, without parsing HTTP.',
    related: ['ambient-mode', 'waypoint-proxy', 'data-plane'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'waypoint-proxy',
    term: 'waypoint proxy',
    zh: '航点代理（waypoint 代理）',
    aliases: ['waypoint', 'waypoints', 'waypoint 代理'],
    definition:
      'In Istio’s ambient mode, an Envoy deployment, usually one per namespace, that provides Layer 7 features such as HTTP routing, retries and rich authorization. It runs outside the application pods and is scaled independently.',
    related: ['ambient-mode', 'ztunnel', 'envoy'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'ebpf',
    term: 'eBPF',
    zh: '扩展伯克利包过滤器（eBPF）',
    aliases: ['extended Berkeley Packet Filter', 'BPF'],
    definition:
      'A Linux kernel facility that lets small programs be inserted into the running kernel and attached to points such as network I/O, sockets and tracepoints, so that custom networking, security and observability logic runs in the kernel without changing applications.',
    related: ['cilium', 'data-plane'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'cilium',
    term: 'Cilium',
    zh: 'Cilium 网络方案',
    definition:
      'An open-source networking, security and observability project for Kubernetes whose data plane is made of eBPF programs in the kernel. It provides identity-based policy and load balancing, and offers service-mesh features with one shared Envoy proxy per node for Layer 7.',
    related: ['ebpf', 'service-mesh', 'envoy'],
    introducedIn: 'service-mesh',
  },

  // Chapter 13: Serverless
  {
    id: 'serverless-computing',
    term: 'serverless computing',
    zh: '无服务器计算',
    aliases: ['serverless', 'Serverless'],
    definition:
      'Building and running applications without managing servers: the platform executes, scales and bills code in response to the exact demand at each moment. The provider still runs servers; the developer does not see them.',
    related: ['function-as-a-service', 'backend-as-a-service', 'scale-to-zero'],
    introducedIn: 'serverless',
  },
  {
    id: 'function-as-a-service',
    term: 'function as a service',
    zh: '函数即服务',
    aliases: ['FaaS'],
    definition:
      'A serverless model in which developers upload small, usually stateless functions that the platform runs in response to events or HTTP requests, creating and removing instances as demand changes.',
    related: ['serverless-computing', 'backend-as-a-service', 'cold-start'],
    introducedIn: 'serverless',
  },
  {
    id: 'backend-as-a-service',
    term: 'backend as a service',
    zh: '后端即服务',
    aliases: ['BaaS'],
    definition:
      'Managed third-party services, such as databases, storage and authentication, that applications use through APIs and that scale and operate without the developer managing servers.',
    related: ['serverless-computing', 'function-as-a-service'],
    introducedIn: 'serverless',
  },
  {
    id: 'scale-to-zero',
    term: 'scale to zero',
    zh: '缩容至零',
    definition:
      'Removing every instance of a function or service when it receives no traffic, so that an idle application consumes, and is billed for, almost nothing. The next request then needs a cold start.',
    related: ['cold-start', 'serverless-computing', 'knative'],
    introducedIn: 'serverless',
  },
  {
    id: 'cold-start',
    term: 'cold start',
    zh: '冷启动',
    definition:
      'An invocation that finds no ready instance of its function, so that the platform must first place, create and initialise a new sandbox and runtime, adding latency.',
    related: ['warm-start', 'keep-alive', 'scale-to-zero'],
    introducedIn: 'serverless',
  },
  {
    id: 'warm-start',
    term: 'warm start',
    zh: '热启动',
    definition:
      'An invocation served by an instance of the function that is already running and initialised, so only the function’s own code has to execute.',
    related: ['cold-start', 'keep-alive'],
    introducedIn: 'serverless',
  },
  {
    id: 'keep-alive',
    term: 'keep-alive window',
    zh: '保活时间窗口',
    aliases: ['keep-alive', 'keep-warm'],
    definition:
      'How long a serverless platform keeps an idle function instance before removing it. Longer windows turn more invocations into warm starts but keep more idle memory.',
    related: ['cold-start', 'warm-start'],
    introducedIn: 'serverless',
  },
  {
    id: 'knative',
    term: 'Knative',
    zh: 'Knative 无服务器平台',
    definition:
      'A set of Kubernetes extensions, founded by Google in 2018 and a graduated CNCF project since October 2025, that run request-driven containers with scaling to zero (Serving) and route events between producers and consumers (Eventing).',
    related: ['knative-broker', 'knative-trigger', 'scale-to-zero', 'cloudevents'],
    introducedIn: 'serverless',
  },
  {
    id: 'knative-broker',
    term: 'broker',
    zh: '事件代理',
    aliases: ['Knative Broker'],
    definition:
      'In Knative Eventing, an event hub with a discoverable endpoint: producers post events to it, and triggers select events from it for delivery to consumers.',
    related: ['knative-trigger', 'knative', 'cloudevents'],
    introducedIn: 'serverless',
  },
  {
    id: 'knative-trigger',
    term: 'trigger',
    zh: '触发器',
    aliases: ['Knative Trigger'],
    definition:
      'In Knative Eventing, a subscription of one consumer to a broker, with a filter on event attributes; only matching events are delivered to the consumer.',
    related: ['knative-broker', 'knative'],
    introducedIn: 'serverless',
  },
  {
    id: 'cloudevents',
    term: 'CloudEvents',
    zh: 'CloudEvents 事件规范',
    definition:
      'A CNCF specification for describing events in a common format, with standard attributes such as type and source, so that any language can create, send and parse them.',
    related: ['knative-broker', 'knative'],
    introducedIn: 'serverless',
  },
  {
    id: 'openwhisk',
    term: 'Apache OpenWhisk',
    zh: 'OpenWhisk 无服务器平台',
    aliases: ['OpenWhisk'],
    definition:
      'An open-source function-as-a-service platform begun at IBM Research and announced in 2016. A Controller queues invocations through Kafka to Invokers, which run actions in containers; state and results live in CouchDB.',
    related: ['function-as-a-service', 'cold-start'],
    introducedIn: 'serverless',
  },
  {
    id: 'snapstart',
    term: 'Lambda SnapStart',
    zh: 'Lambda SnapStart 快照启动',
    aliases: ['SnapStart'],
    definition:
      'An AWS Lambda feature that runs a function’s initialisation once when a version is published, takes a Firecracker snapshot of the initialised execution environment, and resumes new environments from it instead of initialising them. Java since November 2022; Python and .NET since November 2024.',
    related: ['cold-start', 'microvm', 'vmgenid'],
    introducedIn: 'serverless',
  },
  {
    id: 'vmgenid',
    term: 'VM generation ID',
    zh: '虚拟机生成标识符（VMGenID）',
    aliases: ['VMGenID', 'Virtual Machine Generation Identifier', 'VM Generation ID'],
    definition:
      'A virtual device that exposes a 16-byte random identifier in guest memory and changes it, with a notification, whenever the VM is restored from a snapshot. Linux reseeds its random number generator when it changes, from 5.18 on ACPI systems and from 6.10 on DeviceTree (typically Arm) systems; Firecracker provides it on x86-64 since 1.8 and on aarch64 since 1.9.',
    related: ['snapstart', 'microvm'],
    introducedIn: 'serverless',
  },
  {
    id: 'software-fault-isolation',
    term: 'software fault isolation',
    zh: '软件故障隔离',
    aliases: ['SFI', 'software-based fault isolation'],
    definition:
      'Isolating untrusted code inside one address space by software: its code and data are confined to their own region, and its memory accesses and jumps are checked or rewritten so that it cannot reach outside. WebAssembly’s bounds-checked linear memory is a modern form.',
    related: ['webassembly', 'wasi'],
    introducedIn: 'serverless',
  },
  {
    id: 'wasi',
    term: 'WebAssembly System Interface',
    zh: 'WebAssembly 系统接口',
    aliases: ['WASI'],
    definition:
      'Standard interfaces through which a WebAssembly module or component reaches the outside world (files, network, clocks, randomness), designed on capability-based security: the code starts with no ambient authority and can use only what its host explicitly grants.',
    related: ['webassembly', 'component-model', 'software-fault-isolation'],
    introducedIn: 'serverless',
  },
  {
    id: 'component-model',
    term: 'WebAssembly component model',
    zh: 'WebAssembly 组件模型',
    aliases: ['component model', 'Wasm components', 'WIT'],
    definition:
      'An extension of WebAssembly that adds higher-level types and interfaces, written in the WIT interface-definition language, so that a component declares exactly what it imports and exports and components from different languages can be checked and composed.',
    related: ['webassembly', 'wasi'],
    introducedIn: 'serverless',
  },
];
