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
    definitionZh:
      '所有功能作为一个程序一起构建、部署和扩展的应用程序，通常共用一个数据库。规模小时便于开发和测试；但每次改动都要把整个程序一并发布。',
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
    definitionZh:
      '一种架构风格，按业务功能把系统拆分为若干通过网络提供服务的独立系统，它们之间常常通过一条中心化的企业服务总线相连。',
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
    definitionZh:
      '许多 SOA 系统中使用的中心化中间件，负责在服务之间路由、转换和编排消息，因此大量集成逻辑位于“管道”之中，而不是服务之中。',
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
    definitionZh:
      '一种架构风格，把一个应用程序构建为一组小型服务，每个服务运行在自己的进程中，负责一项业务能力并拥有其数据，可独立部署，彼此通过轻量、与语言无关的 API 通信。',
    related: ['monolith', 'service-oriented-architecture', 'service-mesh', 'container'],
    introducedIn: 'microservices',
  },
  {
    id: 'conways-law',
    term: 'Conway’s law',
    zh: '康威定律',
    definition:
      'The observation that organisations design systems whose structure copies their own communication structure. Microservice teams use it deliberately by organising teams around business capabilities.',
    definitionZh:
      '一项观察：组织设计出的系统，其结构会复制该组织自身的沟通结构。微服务团队有意利用这一点，围绕业务能力来组织团队。',
    related: ['microservices'],
    introducedIn: 'microservices',
  },
  {
    id: 'api-gateway',
    term: 'API gateway',
    zh: 'API 网关',
    definition:
      'A single entry point that receives client requests and routes each to the internal service that handles it, hiding the internal structure of a microservice system from its clients.',
    definitionZh:
      '一个统一入口：接收客户端请求，把每个请求路由到负责处理它的内部服务，从而向客户端隐藏微服务系统的内部结构。',
    related: ['microservices', 'load-balancing'],
    introducedIn: 'microservices',
  },
  {
    id: 'load-balancing',
    term: 'load balancing',
    zh: '负载均衡',
    definition:
      'Spreading requests over several instances of a service so that none is overloaded, for example in turn (round robin) or to the instance with the fewest requests in flight.',
    definitionZh:
      '把请求分散到某个服务的多个实例上，使任何一个实例都不会过载，例如依次轮流分配（轮询），或分配给正在处理的请求最少的实例。',
    related: ['service-discovery', 'service-mesh'],
    introducedIn: 'microservices',
  },
  {
    id: 'service-discovery',
    term: 'service discovery',
    zh: '服务发现',
    definition:
      'Keeping an up-to-date record of which instances of each service exist, where they are and whether they are healthy, so that callers can find a working instance.',
    definitionZh:
      '持续记录每个服务有哪些实例、它们在哪里以及是否健康，使调用方能够找到一个正常工作的实例。',
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
    definitionZh:
      '包裹远程调用的一层封装，它统计失败次数，一旦超过阈值，就让后续调用在一段时间内立即失败，使一个缓慢或出故障的服务不会在其调用方中引发级联故障。',
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
    definitionZh:
      '先让一小部分受控的真实流量使用新版本，把它的表现与旧版本比较，然后再扩大发布范围或回滚。',
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
    definitionZh:
      '记录一个请求在众多服务之间经过的路径：每次调用都传递一个追踪标识符，并从每个服务收集一个带时间信息的跨度（span），从而能重新拼出整个请求，并找出其中较慢的部分。',
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
    definitionZh:
      '用于服务间通信的基础设施层：每个服务旁边的代理（数据平面）由控制平面配置，在不修改应用代码的情况下增加可靠性、安全性和可观测性。',
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
    definitionZh:
      '与主服务部署在同一单元（例如 Kubernetes Pod）中、位于主服务旁边的辅助进程或容器，用于增加代理或日志等功能，而无须改动服务本身。',
    related: ['service-mesh', 'envoy', 'data-plane'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'data-plane',
    term: 'data plane',
    zh: '数据平面',
    definition:
      'In a service mesh, the proxies in the request path that discover, route, balance, secure and observe every request between services.',
    definitionZh:
      '服务网格中位于请求路径上的代理，负责对服务之间的每个请求进行发现、路由、负载均衡、安全保护和观测。',
    related: ['control-plane', 'sidecar', 'envoy'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'control-plane',
    term: 'control plane',
    zh: '控制平面',
    definition:
      'In a service mesh, the components outside the request path that watch the platform for services, turn operators’ rules into proxy configuration, issue certificates and push all of this to the data plane.',
    definitionZh:
      '服务网格中位于请求路径之外的组件，它们监视平台上的服务，把运维人员的规则转换为代理配置，签发证书，并把这一切推送给数据平面。',
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
    definitionZh:
      '由 Envoy 定义的一组动态配置 API，控制平面通过它们在运行时更新代理的监听器、路由、集群、端点和证书。其他代理也实现这些 API，以加入 Istio 网格。',
    related: ['envoy', 'control-plane', 'mosn'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'istio',
    term: 'Istio',
    zh: 'Istio 服务网格',
    definition:
      'An open-source service mesh announced by Google, IBM and Lyft in May 2017. Its data plane is Envoy proxies (or, in ambient mode, per-node proxies); its control plane has been the single istiod process since version 1.5.',
    definitionZh:
      '由 Google、IBM 和 Lyft 于 2017 年 5 月发布的开源服务网格。它的数据平面是 Envoy 代理（在 Ambient 模式下则是每个节点上的代理）；自 1.5 版起，它的控制平面就是单一的 istiod 进程。',
    related: ['istiod', 'envoy', 'service-mesh'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'istiod',
    term: 'istiod',
    zh: 'Istio 控制平面守护进程',
    definition:
      'Istio’s control plane since version 1.5 (March 2020): one binary that merged Pilot, Citadel, Galley and the sidecar injector, providing service discovery, configuration and certificate management.',
    definitionZh:
      'Istio 自 1.5 版（2020 年 3 月）起的控制平面：一个合并了 Pilot、Citadel、Galley 和边车注入器的二进制程序，提供服务发现、配置和证书管理。',
    related: ['istio', 'control-plane'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'envoy',
    term: 'Envoy',
    zh: 'Envoy 代理',
    definition:
      'A high-performance proxy written in C++ and open-sourced by Lyft in September 2016, designed to run beside every service and configured dynamically through its xDS APIs; the data plane of Istio.',
    definitionZh:
      '用 C++ 编写的高性能代理，由 Lyft 于 2016 年 9 月开源，设计为运行在每个服务旁边，并通过其 xDS API 动态配置；它是 Istio 的数据平面。',
    related: ['xds', 'sidecar', 'istio', 'data-plane'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'linkerd',
    term: 'Linkerd',
    zh: 'Linkerd 服务网格',
    definition:
      'An open-source service mesh for Kubernetes, by its own account the first service mesh project, whose data plane is a small proxy written in Rust specifically for the mesh.',
    definitionZh:
      '面向 Kubernetes 的开源服务网格，据其自述是第一个服务网格项目，其数据平面是一个专门为该网格用 Rust 编写的小型代理。',
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
    definitionZh:
      '用 Go 编写、由蚂蚁集团开源的云原生网络代理，支持 SOFARPC、Dubbo 等多种 RPC 协议。它实现了 xDS API，可以替代 Envoy 作为 Istio 的数据平面。',
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
    definitionZh:
      'Istio 的无边车数据平面：每个节点上的 ztunnel 为该节点上所有纳入网格的 Pod 提供双向 TLS、四层策略和遥测，可选的航点代理则在需要时增加七层功能。自 Istio 1.24（2024 年 11 月）起正式可用。',
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
    definitionZh:
      'Istio Ambient 模式中的节点级代理（每个节点一个），用 Rust 编写，只处理三层和四层：它重定向本节点上纳入网格的 Pod 的流量，用双向 TLS 对流量进行认证和加密，实施四层策略并记录遥测数据，而不解析 HTTP。',
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
    definitionZh:
      'Istio Ambient 模式中的一个 Envoy 部署，通常每个命名空间一个，提供 HTTP 路由、重试和功能丰富的授权等七层功能。它运行在应用 Pod 之外，可以独立扩缩容。',
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
    definitionZh:
      'Linux 内核的一种机制，允许把小程序插入正在运行的内核，并挂载到网络 I/O、套接字和跟踪点等位置，使自定义的网络、安全和可观测性逻辑在内核中运行，而无须修改应用程序。',
    related: ['cilium', 'data-plane'],
    introducedIn: 'service-mesh',
  },
  {
    id: 'cilium',
    term: 'Cilium',
    zh: 'Cilium 网络方案',
    definition:
      'An open-source networking, security and observability project for Kubernetes whose data plane is made of eBPF programs in the kernel. It provides identity-based policy and load balancing, and offers service-mesh features with one shared Envoy proxy per node for Layer 7.',
    definitionZh:
      '面向 Kubernetes 的开源网络、安全与可观测性项目，其数据平面由内核中的 eBPF 程序构成。它提供基于身份的策略和负载均衡，也提供服务网格功能，其中七层处理由每个节点上一个共享的 Envoy 代理完成。',
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
    definitionZh:
      '无须管理服务器即可构建和运行应用程序：平台根据每一时刻的确切需求来执行代码、扩缩容并计费。提供商仍然在运行服务器，只是开发者看不到它们。',
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
    definitionZh:
      '一种无服务器模式：开发者上传小型的、通常无状态的函数，平台在事件或 HTTP 请求到来时运行它们，并随需求变化创建和移除实例。',
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
    definitionZh:
      '由第三方托管的服务，例如数据库、存储和身份认证：应用程序通过 API 使用它们，扩缩容和运维都由服务自身完成，开发者无须管理服务器。',
    related: ['serverless-computing', 'function-as-a-service'],
    introducedIn: 'serverless',
  },
  {
    id: 'scale-to-zero',
    term: 'scale to zero',
    zh: '缩容至零',
    definition:
      'Removing every instance of a function or service when it receives no traffic, so that an idle application consumes, and is billed for, almost nothing. The next request then needs a cold start.',
    definitionZh:
      '当某个函数或服务没有流量时移除其全部实例，使闲置的应用程序几乎不消耗资源，也几乎不产生费用。此后到来的下一个请求就需要冷启动。',
    related: ['cold-start', 'serverless-computing', 'knative'],
    introducedIn: 'serverless',
  },
  {
    id: 'cold-start',
    term: 'cold start',
    zh: '冷启动',
    definition:
      'An invocation that finds no ready instance of its function, so that the platform must first place, create and initialise a new sandbox and runtime, adding latency.',
    definitionZh:
      '指调用到来时找不到该函数的就绪实例，平台必须先选定放置位置，再创建并初始化新的沙箱和运行时，因而增加了延迟。',
    related: ['warm-start', 'keep-alive', 'scale-to-zero'],
    introducedIn: 'serverless',
  },
  {
    id: 'warm-start',
    term: 'warm start',
    zh: '热启动',
    definition:
      'An invocation served by an instance of the function that is already running and initialised, so only the function’s own code has to execute.',
    definitionZh:
      '由已在运行且已完成初始化的函数实例处理的调用，因此只需执行函数本身的代码。',
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
    definitionZh:
      '无服务器平台在移除一个闲置函数实例之前保留它的时长。窗口越长，越多调用会成为热启动，但闲置占用的内存也越多。',
    related: ['cold-start', 'warm-start'],
    introducedIn: 'serverless',
  },
  {
    id: 'knative',
    term: 'Knative',
    zh: 'Knative 无服务器平台',
    definition:
      'A set of Kubernetes extensions, founded by Google in 2018 and a graduated CNCF project since October 2025, that run request-driven containers with scaling to zero (Serving) and route events between producers and consumers (Eventing).',
    definitionZh:
      '一组 Kubernetes 扩展，由 Google 于 2018 年发起，自 2025 年 10 月起成为 CNCF 毕业项目，用于运行由请求驱动、可缩容至零的容器（Serving），以及在事件生产者与消费者之间路由事件（Eventing）。',
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
    definitionZh:
      'Knative Eventing 中的事件中枢，有一个可发现的端点：生产者把事件发送给它，触发器从中选出事件投递给消费者。',
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
    definitionZh:
      'Knative Eventing 中一个消费者对某个事件代理的订阅，带有基于事件属性的过滤条件；只有匹配的事件才会投递给该消费者。',
    related: ['knative-broker', 'knative'],
    introducedIn: 'serverless',
  },
  {
    id: 'cloudevents',
    term: 'CloudEvents',
    zh: 'CloudEvents 事件规范',
    definition:
      'A CNCF specification for describing events in a common format, with standard attributes such as type and source, so that any language can create, send and parse them.',
    definitionZh:
      'CNCF 的一项规范，用通用格式描述事件，带有 type 和 source 等标准属性，使任何语言都能创建、发送和解析事件。',
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
    definitionZh:
      '开源的函数即服务平台，始于 IBM Research，于 2016 年发布。控制器（Controller）通过 Kafka 把调用排队交给调用器（Invoker），由后者在容器中运行动作（action）；状态和结果保存在 CouchDB 中。',
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
    definitionZh:
      'AWS Lambda 的一项功能：在发布某个版本时运行一次函数的初始化，为初始化后的执行环境制作一个 Firecracker 快照，之后的新执行环境从该快照恢复，而不再重新初始化。自 2022 年 11 月起支持 Java；自 2024 年 11 月起支持 Python 和 .NET。',
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
    definitionZh:
      '一种虚拟设备，它在客户机内存中提供一个 16 字节的随机标识符，每当虚拟机从快照恢复时就改变该标识符并发出通知。该标识符改变时，Linux 会为其随机数生成器重新播种：在 ACPI 系统上自 5.18 起，在 DeviceTree 系统（通常是 Arm）上自 6.10 起；Firecracker 自 1.8 起在 x86-64 上、自 1.9 起在 aarch64 上提供该设备。',
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
    definitionZh:
      '用软件在同一地址空间内隔离不可信代码：把这段代码及其数据限制在专属的区域内，并检查或改写其内存访问和跳转，使它无法越出该区域。WebAssembly 带边界检查的线性内存就是一种现代形式。',
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
    definitionZh:
      'WebAssembly 模块或组件借以访问外部世界（文件、网络、时钟、随机数）的一组标准接口，按基于能力的安全模型设计：代码起初没有任何环境权限（ambient authority），只能使用宿主环境明确授予的东西。',
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
    definitionZh:
      'WebAssembly 的一项扩展，增加了用 WIT 接口定义语言编写的更高层的类型和接口，使一个组件能准确声明它导入和导出什么，用不同语言编写的组件也就能接受检查并组合在一起。',
    related: ['webassembly', 'wasi'],
    introducedIn: 'serverless',
  },
];
