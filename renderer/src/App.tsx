import { Layout, Menu } from 'antd';
import {
  ApartmentOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  BarChartOutlined,
  InboxOutlined,
  InfoCircleOutlined,
} from '@ant-design/icons';
import { navigate, useRoute, type Route } from './route';
import { PlansPage } from './pages/PlansPage';
import { PlanPage } from './plan/PlanPage';
import { AgenciesPage } from './pages/AgenciesPage';
import { AboutPage } from './pages/AboutPage';
import { ImportPage } from './import/ImportPage';
import { CalendarPage } from './calendar/CalendarPage';
import { TodoPage } from './reports/TodoPage';
import { RequestsPage } from './reports/RequestsPage';
import { RequestPage } from './reports/RequestPage';
import { IndicatorsPage } from './figures/IndicatorsPage';

const MENU = [
  { key: 'todo', icon: <CheckSquareOutlined />, label: 'Việc cần làm' },
  { key: 'plans', icon: <FileTextOutlined />, label: 'Kế hoạch' },
  { key: 'calendar', icon: <CalendarOutlined />, label: 'Lịch công tác' },
  { key: 'requests', icon: <InboxOutlined />, label: 'Báo cáo phải nộp' },
  { key: 'indicators', icon: <BarChartOutlined />, label: 'Chỉ tiêu số liệu' },
  { key: 'agencies', icon: <ApartmentOutlined />, label: 'Danh mục cơ quan' },
  { key: 'about', icon: <InfoCircleOutlined />, label: 'Giới thiệu' },
];

function menuKey(route: Route): string {
  if (route.page === 'request') return 'requests';
  return route.page === 'plan' || route.page === 'import' ? 'plans' : route.page;
}

export function App() {
  const route = useRoute();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={208} theme="dark" style={{ position: 'sticky', top: 0, height: '100vh' }}>
        <div className="app-brand">
          Plan Desk
          <small>Theo dõi kế hoạch PCMBN</small>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[menuKey(route)]}
          items={MENU}
          onClick={({ key }) =>
            navigate({ page: key as 'todo' | 'plans' | 'calendar' | 'requests' | 'indicators' | 'agencies' | 'about' })
          }
        />
      </Layout.Sider>
      <Layout.Content className="page">
        {route.page === 'todo' && <TodoPage />}
        {route.page === 'requests' && <RequestsPage />}
        {route.page === 'request' && <RequestPage key={route.requestId} requestId={route.requestId} />}
        {route.page === 'plans' && <PlansPage />}
        {route.page === 'plan' && <PlanPage key={route.planId} planId={route.planId} tab={route.tab} />}
        {route.page === 'import' && <ImportPage />}
        {route.page === 'calendar' && <CalendarPage />}
        {route.page === 'indicators' && <IndicatorsPage />}
        {route.page === 'agencies' && <AgenciesPage />}
        {route.page === 'about' && <AboutPage />}
      </Layout.Content>
    </Layout>
  );
}
