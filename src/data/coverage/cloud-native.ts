import type { CoveragePoint } from '../../lib/coverage';

/** Points of the source articles covered by this part's chapters. */
export const points: CoveragePoint[] = [
  // Source article 003, microservices
  {
    article: '003',
    point: 'A monolithic architecture packages all functions into one web application',
    covered: 'sec:microservices/the-monolith',
  },
  {
    article: '003',
    point: 'SOA splits the modules of a system into separate systems according to business characteristics',
    covered: 'sec:microservices/service-oriented-architecture',
  },
  {
    article: '003',
    point: 'Microservices, building on SOA, split the business thoroughly into components and services',
    covered: 'sec:microservices/microservices',
  },
  {
    article: '003',
    point: 'Microservices compose a large application from small single-responsibility blocks that talk through language-independent APIs',
    covered: 'sec:microservices/microservices',
  },
  {
    article: '003',
    point: 'Comparison diagram of monolithic and microservice architectures',
    covered: 'sec:microservices/microservices',
  },
  {
    article: '003',
    point: 'Common characteristic: componentization via services',
    covered: 'sec:microservices/componentization-via-services',
  },
  {
    article: '003',
    point: 'Common characteristic: teams organized around business capabilities',
    covered: 'sec:microservices/organized-around-business-capabilities',
  },
  {
    article: '003',
    point: 'Common characteristic: products not projects',
    covered: 'sec:microservices/products-not-projects',
  },
  {
    article: '003',
    point: 'Common characteristic: smart endpoints and dumb pipes',
    covered: 'sec:microservices/smart-endpoints-and-dumb-pipes',
  },
  {
    article: '003',
    point: 'Common characteristic: decentralized governance',
    covered: 'sec:microservices/decentralized-governance',
  },
  {
    article: '003',
    point: 'Common characteristic: decentralized data management',
    covered: 'sec:microservices/decentralized-data-management',
  },
  {
    article: '003',
    point: 'Common characteristic: infrastructure automation',
    covered: 'sec:microservices/infrastructure-automation',
  },
  {
    article: '003',
    point: 'Common characteristic: design for failure',
    covered: 'sec:microservices/design-for-failure',
  },
  {
    article: '003',
    point: 'Common characteristic: evolutionary design',
    covered: 'sec:microservices/evolutionary-design',
  },
  {
    article: '003',
    point: 'At scale, service governance must handle load balancing',
    covered: 'sec:microservices/load-balancing',
  },
  {
    article: '003',
    point: 'At scale, service governance must handle circuit breaking',
    covered: 'sec:microservices/circuit-breaking',
  },
  {
    article: '003',
    point: 'At scale, service governance must handle canary (grey) releases',
    covered: 'sec:microservices/canary-release',
  },
  {
    article: '003',
    point: 'At scale, service governance must handle fault recovery',
    covered: 'sec:microservices/fault-recovery',
  },
  {
    article: '003',
    point: 'At scale, service governance must handle distributed tracing',
    covered: 'sec:microservices/distributed-tracing',
  },
  {
    article: '003',
    point: 'Mainstream microservice frameworks intrude on business code and support few languages, so replacing existing systems is costly',
    covered: 'sec:microservices/framework-lock-in',
  },

  // Source article 003, service mesh
  {
    article: '003',
    point: 'Evolution (1): services on two computers communicate directly',
    covered: 'sec:service-mesh/step-1-two-services-talk-directly',
  },
  {
    article: '003',
    point: 'Evolution (2): packets between computers are forwarded and routed rather than sent over a direct link',
    covered: 'sec:service-mesh/step-2-a-network-forwards-the-packets',
  },
  {
    article: '003',
    point: 'Evolution (3): TCP/IP provides an interface that applications use',
    covered: 'sec:service-mesh/step-3-the-network-stack-moves-into-the-operating-system',
  },
  {
    article: '003',
    point: 'Evolution (4): new architectures and design ideas arise to meet growing application demands',
    covered: 'sec:service-mesh/step-4-microservices-bring-new-concerns-back-into-the-code',
  },
  {
    article: '003',
    point: 'Evolution (5): frameworks provide libraries for service discovery and circuit breakers so services need not rewrite them',
    covered: 'sec:service-mesh/step-5-libraries-share-the-logic',
  },
  {
    article: '003',
    point: 'Evolution (6): the sidecar pattern appears',
    covered: 'sec:service-mesh/step-6-the-sidecar-proxy',
  },
  {
    article: '003',
    point: 'Evolution (7): sidecars beside each service on each host, and the topology they form',
    covered: 'sec:service-mesh/step-6-the-sidecar-proxy',
  },
  {
    article: '003',
    point: 'Evolution (9): a control plane exchanges information with the proxies of the data plane to obtain global information',
    covered: 'sec:service-mesh/step-7-the-control-plane',
  },
  {
    article: '003',
    point: 'Evolution (10): global view of the control plane managing the data plane',
    covered: 'sec:service-mesh/step-7-the-control-plane',
  },
  {
    article: '003',
    point: 'Istio key features: traffic management (request routing, traffic shifting, resilience, debugging)',
    covered: 'sec:service-mesh/what-istio-provides',
  },
  {
    article: '003',
    point: 'Istio key features: security (authentication and authorization)',
    covered: 'sec:service-mesh/what-istio-provides',
  },
  {
    article: '003',
    point: 'Istio key features: observability (metrics, access logs, distributed tracing)',
    covered: 'sec:service-mesh/what-istio-provides',
  },
  {
    article: '003',
    point: 'Istio key features: multi-platform support',
    covered: 'sec:service-mesh/what-istio-provides',
  },
  {
    article: '003',
    point: 'Istio’s main components are Pilot, Citadel and Galley',
    covered: 'sec:service-mesh/istio-up-to-version-14',
    correction: {
      right: 'True only up to Istio 1.4. Since Istio 1.5 (March 2020) Pilot, Citadel, Galley and the sidecar injector are merged into one binary, istiod, and Mixer (a fourth component) was deprecated',
      source: 'istio2020a',
    },
  },
  {
    article: '003',
    point: 'Data-plane functions: service discovery, health checking, traffic routing, load balancing, authentication and authorization, tracing',
    covered: 'sec:service-mesh/what-the-data-plane-does',
  },
  {
    article: '003',
    point: 'Network proxy implementations include Envoy, MOSN and the Linkerd proxy',
    covered: 'sec:service-mesh/the-proxies-envoy-linkerd-and-mosn',
  },
  {
    article: '003',
    point: 'The control plane consists mainly of Pilot, Citadel and Galley',
    covered: 'sec:service-mesh/istio-today-istiod',
    correction: {
      right: 'Istio’s control plane has been the single istiod process since Istio 1.5 (March 2020)',
      source: 'box2020',
    },
  },
  {
    article: '003',
    point: 'Pilot manages routing rules and fault recovery between microservices and provides service discovery',
    covered: 'sec:service-mesh/istio-up-to-version-14',
  },
  {
    article: '003',
    point: 'Citadel is Istio’s security core, providing authentication and certificate management',
    covered: 'sec:service-mesh/istio-up-to-version-14',
  },
  {
    article: '003',
    point: 'Galley validates, ingests, processes and distributes Istio configuration',
    covered: 'sec:service-mesh/istio-up-to-version-14',
  },
  {
    article: '003',
    point: 'Diagram of the Pilot component (lost in the source; redrawn with the pre-1.5 architecture)',
    covered: 'sec:service-mesh/istio-up-to-version-14',
  },
  {
    article: '003',
    point: 'Compare service mesh tools by profile, protocols, data plane, platforms and extensibility, interface compatibility, monitoring, routing, resilience and security',
    covered: 'sec:service-mesh/comparing-service-meshes',
  },

  // Source article 003, serverless
  {
    article: '003',
    point: 'History of serverless computing (slide image lost in the source)',
    covered: 'sec:serverless/a-short-history',
  },
  {
    article: '003',
    point: 'CNCF serverless landscape: tools, security, frameworks, hosted platforms, installable platforms; greyed logos are not open source',
    covered: 'sec:serverless/the-serverless-landscape',
  },
  {
    article: '003',
    point: 'CNCF definition: serverless computing needs no server management; functions are uploaded, then executed, scaled and billed on exact demand',
    covered: 'sec:serverless/what-serverless-means',
  },
  {
    article: '003',
    point: 'The wider CNCF Cloud Native Landscape',
    covered: 'sec:serverless/the-serverless-landscape',
  },
  {
    article: '003',
    point: 'Knative gives developers a simple serverless deployment solution, with Serving and Eventing',
    covered: 'sec:serverless/knative',
  },
  {
    article: '003',
    point: 'Knative flow diagram',
    covered: 'sec:serverless/eventing-brokers-and-triggers',
  },
  {
    article: '003',
    point: 'A Trigger describes a filter based on event attributes',
    covered: 'sec:serverless/eventing-brokers-and-triggers',
  },
  {
    article: '003',
    point: 'A Broker provides a bucket of events that can be selected by event attributes',
    covered: 'sec:serverless/eventing-brokers-and-triggers',
  },
  {
    article: '003',
    point: 'Apache OpenWhisk high-level architecture (diagram lost in the source; redrawn)',
    covered: 'sec:serverless/following-one-invocation',
  },

  // Source article 002, sections 3.2 and 3.3 (the serverless angle)
  {
    article: '002',
    point: 'Container isolation is weak, leading to security and escape vulnerabilities',
    covered: 'sec:serverless/why-lambda-runs-on-firecracker-microvms',
  },
  {
    article: '002',
    point: 'In public clouds, containers must still run inside VMs for multi-tenant isolation, which works against their lightness and wastes resources',
    covered: 'sec:serverless/why-lambda-runs-on-firecracker-microvms',
  },
  {
    article: '002',
    point: 'AWS built Firecracker to get a secure, flexible and efficient runtime as its services grew',
    covered: 'sec:serverless/why-lambda-runs-on-firecracker-microvms',
  },
  {
    article: '002',
    point: 'Firecracker is an AWS open-source lightweight virtualization environment for serverless and container workloads',
    covered: 'sec:serverless/why-lambda-runs-on-firecracker-microvms',
  },
  {
    article: '002',
    point: 'A microVM emulates only what modern workloads need, combining VM security and isolation with container speed and density',
    covered: 'sec:serverless/why-lambda-runs-on-firecracker-microvms',
  },
  {
    article: '002',
    point: 'Firecracker advantage: each microVM runs only one application container or pod, improving isolation',
    covered: 'sec:serverless/why-lambda-runs-on-firecracker-microvms',
  },
  {
    article: '002',
    point: 'Firecracker advantage: written in memory-safe Rust with a minimal device model based on crosvm',
    covered: 'ch:lightweight-virtualization',
    correction: {
      right: 'Firecracker started from crosvm, but the two have since diverged; they now share components through rust-vmm',
      source: 'firecrackerfaq2026',
    },
  },
  {
    article: '002',
    point: 'Firecracker advantage: ultra-lightweight design with high performance and low overhead',
    covered: 'sec:serverless/why-lambda-runs-on-firecracker-microvms',
  },
];
